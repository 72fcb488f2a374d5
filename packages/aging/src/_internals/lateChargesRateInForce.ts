import type { LateChargesCompiledTable } from './lateChargesCompiledTable.ts';

/**
 * The index of the table entry in force on a day (the latest entry starting on or before it), or
 * `undefined` when the day is before the first entry or after `coveredThrough`.
 *
 * @internal
 */
export function lateChargesRateInForce(table: LateChargesCompiledTable, day: number): number | undefined {
  if (day > table.coveredThroughDay) return undefined;
  let low = 0;
  let high = table.days.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((table.days[middle] ?? Number.POSITIVE_INFINITY) <= day) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
