// @ts-check
import { mutationConfig } from '../../stryker.base.mjs';

/** Mutation testing of @receivables/core: run from the repository root, see stryker.base.mjs. */
export default mutationConfig('core');
