import type { CustomerAssessment } from './CustomerAssessment.ts';

/**
 * The risk tier of each assessed customer, keyed by id: the `tiers` option of `planReminders` and
 * `worklist`, so that escalation levels with a minimum tier and the worklist's priority follow the
 * credit assessment.
 *
 * @param assessments - From {@link assessCustomers}.
 * @returns Tiers 0–4 by customer id.
 *
 * @example
 * ```ts
 * import { assessCustomers, riskTiersByCustomer } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '800.00' }],
 * });
 * const inputs = { portfolio, creditProfiles: new Map(), history: {}, skipped: [], files: [] };
 * console.log(riskTiersByCustomer(assessCustomers(inputs, { asOf: '2026-03-31' }))); // {"C1":2}
 * ```
 */
export function riskTiersByCustomer(assessments: readonly CustomerAssessment[]): Record<string, number> {
  // fromEntries defines own properties, so no customer id can reach the prototype.
  return Object.fromEntries(
    assessments.map((assessment) => [assessment.customerId, assessment.riskTier.tier]),
  );
}
