import { decimal, type Money } from '@receivables/core';
import { defaultGradeScale, type GradeDefinition, type GradeScale } from '@receivables/credit-scoring';
import type { Decimal } from 'decimal.js';
import type { CustomerAssessment } from './CustomerAssessment.ts';
import type { GradeDistributionRow } from './GradeDistributionRow.ts';

/** Options of {@link gradeDistribution}. */
export interface GradeDistributionOptions {
  /**
   * The scale whose grades are listed, best first, each also when no customer holds it.
   * @defaultValue `defaultGradeScale` (the seven-item scorecard's)
   */
  readonly gradeScale?: GradeScale;
}

/**
 * Counts the customers per credit grade and adds up their exposure per currency: one row per grade of
 * the scale in its order (grades outside the scale follow, in order of appearance), then a row for the
 * customers that could not be scored when there are any. Nothing is converted: an amount stays in its
 * customer's currency.
 *
 * @param assessments - From {@link assessCustomers}.
 * @param options - The grade scale to list.
 * @returns The rows, best grade first, ungraded last.
 *
 * @example
 * ```ts
 * import { assessCustomers, gradeDistribution } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }, { id: 'C2', name: 'Lianhe Steel' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '800.00' },
 *     { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '500.00' },
 *   ],
 * });
 * const inputs = { portfolio, creditProfiles: new Map(), history: {}, skipped: [], files: [] };
 * const rows = gradeDistribution(assessCustomers(inputs, { asOf: '2026-03-31' }));
 * console.log(rows.map((row) => `${row.grade?.id ?? 'ungraded'} ${row.count}`).join(', ')); // AAA 0, AA 0, A 0, B 0, C 0, D 2
 * console.log(rows.at(-1)?.exposure.map((amount) => `${amount.currency} ${amount.amount.toFixed(2)}`)); // ["CNY 1300.00"]
 * ```
 */
export function gradeDistribution(
  assessments: readonly CustomerAssessment[],
  options: GradeDistributionOptions = {},
): GradeDistributionRow[] {
  const scale = options.gradeScale ?? defaultGradeScale;
  const rows = new Map<
    string | null,
    { grade: GradeDefinition | null; ids: string[]; exposure: Map<string, Decimal> }
  >();
  for (const grade of scale.grades) rows.set(grade.id, { grade, ids: [], exposure: new Map() });
  for (const assessment of assessments) {
    const key = assessment.grade?.id ?? null;
    let row = rows.get(key);
    if (row === undefined) {
      row = { grade: assessment.grade, ids: [], exposure: new Map() };
      rows.set(key, row);
    }
    row.ids.push(assessment.customerId);
    const sum = row.exposure.get(assessment.currency) ?? decimal(0);
    row.exposure.set(assessment.currency, sum.plus(assessment.exposure));
  }
  const ungraded = rows.get(null);
  rows.delete(null);
  return [...rows.values(), ...(ungraded === undefined ? [] : [ungraded])].map((row) => ({
    grade: row.grade,
    count: row.ids.length,
    customerIds: row.ids,
    exposure: [...row.exposure]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([currency, amount]): Money => ({ amount, currency })),
  }));
}
