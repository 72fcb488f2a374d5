import { decimal, toDayNumber } from '@receivables/core';
import type { ReferenceRateTable } from '../lateCharges/ReferenceRateTable.ts';
import type { LateChargesCompiledTable } from './lateChargesCompiledTable.ts';

/**
 * Turns a table that passed `ReferenceRateTableSchema` into lookup arrays.
 *
 * @internal
 */
export function lateChargesCompileTable(table: ReferenceRateTable): LateChargesCompiledTable {
  const dates = table.rates.map((entry) => entry.effectiveFrom);
  return {
    name: table.name,
    dates,
    days: dates.map(toDayNumber),
    rates: table.rates.map((entry) => decimal(entry.rate)),
    coveredThrough: table.coveredThrough,
    coveredThroughDay:
      table.coveredThrough === undefined ? Number.POSITIVE_INFINITY : toDayNumber(table.coveredThrough),
  };
}
