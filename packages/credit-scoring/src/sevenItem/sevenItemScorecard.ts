import { createScorecard } from '../scorecards/createScorecard.ts';
import type { Scorecard } from '../scorecards/Scorecard.ts';
import type { SevenItemInput } from './SevenItemInput.ts';
import { sevenItemScorecardDefinition } from './sevenItemScorecardDefinition.ts';

/**
 * The seven-item evaluation (spec §1.1) ready to score: {@link sevenItemScorecardDefinition} compiled,
 * with the default grade rules and `defaultGradeScale`. Score customers with `scoreApplicant`.
 *
 * @example
 * ```ts
 * import { scoreApplicant, sevenItemScorecard } from '@receivables/credit-scoring';
 *
 * // A new customer: no payment history yet (Character 60), a company under 2 years old (Continuity ≤ 40).
 * const result = scoreApplicant(sevenItemScorecard, {
 *   currentRatio: 2.1, debtToAssets: 0.35, collateralCoverage: 0, outlook: 'favourable',
 *   operatingCashFlowToCurrentLiabilities: 0.25, yearsTrading: 0, companyAgeYears: 1.5,
 * });
 * console.log(result.score, result.grade.id, result.grade.paymentMode); // 73 A openAccount
 * ```
 */
export const sevenItemScorecard: Scorecard<SevenItemInput> = /* @__PURE__ */ createScorecard<SevenItemInput>(
  sevenItemScorecardDefinition,
);
