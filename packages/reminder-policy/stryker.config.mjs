// @ts-check
import { mutationConfig } from '../../stryker.base.mjs';

/** Mutation testing of @receivables/reminder-policy: run from the repository root, see stryker.base.mjs. */
export default mutationConfig('reminder-policy');
