// @ts-check
import { mutationConfig } from '../../stryker.base.mjs';

/** Mutation testing of @receivables/script-catalog: run from the repository root, see stryker.base.mjs. */
export default mutationConfig('script-catalog');
