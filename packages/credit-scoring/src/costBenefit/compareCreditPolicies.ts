import { type AmountInput, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { costBenefitStatement } from '../_internals/costBenefitStatement.ts';
import { modelsReadCount } from '../_internals/modelsReadCount.ts';
import { modelsReadRate } from '../_internals/modelsReadRate.ts';
import type { CostBenefitLineId } from './CostBenefitLineId.ts';
import type { CreditPolicy } from './CreditPolicy.ts';
import type { CreditPolicyComparison, CreditPolicyEvaluation } from './CreditPolicyComparison.ts';

/** Options of {@link compareCreditPolicies}. */
export interface CompareCreditPoliciesOptions {
  /** The cost of capital (资本成本) as a yearly fraction, e.g. `'0.10'`. */
  readonly capitalCost: AmountInput;
  /**
   * The days of the year in the opportunity cost `sales / days × collection period × ratio × capital cost`.
   * @defaultValue `360`, the textbook convention
   */
  readonly daysInYear?: number;
}

const API = 'compareCreditPolicies';

/**
 * Compares credit policies by their effect on pre-tax profit (赊销成本与收益的配比, spec §1.9) and picks
 * the best, showing every line: contribution, opportunity cost of receivables, inventory interest,
 * payables saving, bad debts, collection cost and cash discounts. The first policy is the current one;
 * each other's `profitChange` is
 * `Δ contribution − Δ opportunity cost − Δ inventory interest + Δ payables saving − Δ bad debt − Δ collection − Δ discount`.
 * Adopt the policy with the largest profit if it beats the current one (Δ > 0); on a tie the earlier
 * policy wins, so the current one is kept.
 *
 * @param policies - The current policy first, then the alternatives; ids unique.
 * @param options - The cost of capital and the days of the year.
 * @returns Every policy's lines, profit and changes against the current one, and the best policy.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for no policy, a repeated id, payment shares that do not
 *   sum to 1, days that are not whole numbers of zero or more, or half of the inventory inputs;
 *   `INVALID_RATE` for a rate that is negative, above 1 (a discount: 1 or more) or not a number;
 *   `INVALID_AMOUNT` for an amount that is negative or not a finite decimal.
 *
 * @example
 * ```ts
 * import { compareCreditPolicies } from '@receivables/credit-scoring';
 *
 * // The spec's test case: n/30 today, or 2/10 n/45 with half the customers taking the discount.
 * const comparison = compareCreditPolicies(
 *   [
 *     { id: 'n/30', annualCreditSales: 3600, variableCostRatio: '0.6', badDebtRate: '0.02', collectionCost: 20, payments: [{ share: 1, day: 30 }] },
 *     {
 *       id: '2/10 n/45', annualCreditSales: 4320, variableCostRatio: '0.6', badDebtRate: '0.015', collectionCost: 25,
 *       payments: [{ share: '0.5', day: 10, discountRate: '0.02' }, { share: '0.5', day: 45 }],
 *     },
 *   ],
 *   { capitalCost: '0.10' },
 * );
 * const proposal = comparison.policies[1]!;
 * console.log(proposal.averageCollectionDays.toString(), proposal.lines.opportunityCost.toString()); // 27.5 19.8
 * console.log(proposal.profitChange.toString(), comparison.bestId, comparison.adopt); // 245.2 2/10 n/45 true
 * ```
 */
export function compareCreditPolicies(
  policies: readonly CreditPolicy[],
  options: CompareCreditPoliciesOptions,
): CreditPolicyComparison {
  const capitalCost = modelsReadRate(options.capitalCost, API, 'capitalCost');
  const daysInYear = modelsReadCount(options.daysInYear ?? 360, API, 'daysInYear');
  if (policies.length === 0 || daysInYear === 0) {
    const problem =
      policies.length === 0
        ? 'policies: no policy to compare'
        : 'daysInYear: 0 is not a positive number of days';
    throw new ReceivablesError('INVALID_ARGUMENT', `${API}: ${problem}`, { details: {} });
  }
  const seen = new Set<string>();
  const statements = policies.map((policy, index) => {
    if (seen.has(policy.id)) {
      throw new ReceivablesError(
        'INVALID_ARGUMENT',
        `${API}: policies[${index}].id: "${policy.id}" is used twice`,
        {
          details: { field: `policies[${index}].id`, value: policy.id },
        },
      );
    }
    seen.add(policy.id);
    return costBenefitStatement(policy, capitalCost, daysInYear, API, `policies[${index}]`);
  });
  const baseline = statements[0]!;
  const evaluations: CreditPolicyEvaluation[] = statements.map((statement, index) => ({
    id: policies[index]!.id,
    ...statement,
    changes: difference(statement.lines, baseline.lines),
    profitChange: statement.profit.minus(baseline.profit),
  }));
  const best = evaluations.reduce((leader, candidate) =>
    candidate.profit.greaterThan(leader.profit) ? candidate : leader,
  );
  return {
    baselineId: evaluations[0]!.id,
    policies: evaluations,
    bestId: best.id,
    adopt: best !== evaluations[0],
  };
}

function difference(
  lines: Readonly<Record<CostBenefitLineId, Decimal>>,
  baseline: Readonly<Record<CostBenefitLineId, Decimal>>,
): Record<CostBenefitLineId, Decimal> {
  const entries = Object.entries(lines) as [CostBenefitLineId, Decimal][];
  return Object.fromEntries(entries.map(([id, amount]) => [id, amount.minus(baseline[id])])) as Record<
    CostBenefitLineId,
    Decimal
  >;
}
