import type { CreditDecisionOutcome } from './CreditDecisionOutcome.ts';

/**
 * The strictness rank of each decision: 0 for `approve`, 1 for `requirePrepayment`, 2 for `hold`.
 * `decideCredit` returns the strictest outcome any of its reasons calls for.
 *
 * @example
 * ```ts
 * import { creditDecisionStrictness } from '@receivables/credit-scoring';
 *
 * console.log(creditDecisionStrictness.hold > creditDecisionStrictness.requirePrepayment); // true
 * ```
 */
export const creditDecisionStrictness: Readonly<Record<CreditDecisionOutcome, number>> =
  /* @__PURE__ */ Object.freeze({ approve: 0, requirePrepayment: 1, hold: 2 });
