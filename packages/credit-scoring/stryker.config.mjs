// @ts-check
import { mutationConfig } from '../../stryker.base.mjs';

/** Mutation testing of @receivables/credit-scoring: run from the repository root, see stryker.base.mjs. */
export default mutationConfig('credit-scoring');
