import { lateChargesValidate } from '../_internals/lateChargesValidate.ts';
import type { ReferenceRateTable } from './ReferenceRateTable.ts';
import { ReferenceRateTableSchema } from './ReferenceRateTableSchema.ts';

/**
 * Checks a reference rate history read from outside (a JSON file of LPR or central-bank rates) and
 * returns it typed, or reports every problem at once.
 *
 * @param value - Anything, typically parsed JSON.
 * @returns The table as given, now known to be a valid {@link ReferenceRateTable}.
 * @throws {ReceivablesError} `INVALID_RATE` with `details.issues` listing every problem and its path
 *   (entries out of order or dated twice, dates that do not exist, rates that are not decimals).
 *
 * @example
 * ```ts
 * import { parseReferenceRateTable } from '@receivables/aging';
 * import { isReceivablesError } from '@receivables/core';
 *
 * const lpr = parseReferenceRateTable({ name: '1-year LPR', rates: [{ effectiveFrom: '2025-05-20', rate: '0.03' }] });
 * console.log(lpr.rates.length); // 1
 * try {
 *   parseReferenceRateTable({ name: '1-year LPR', rates: [] });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_RATE')); // true
 * }
 * ```
 */
export function parseReferenceRateTable(value: unknown): ReferenceRateTable {
  return lateChargesValidate(ReferenceRateTableSchema, value, 'parseReferenceRateTable');
}
