import { fromDayNumber, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { SegmentReference } from '../lateCharges/InterestSegment.ts';
import type { LateChargesCompiledTable } from './lateChargesCompiledTable.ts';
import { lateChargesPercent } from './lateChargesPercent.ts';
import { lateChargesRateInForce } from './lateChargesRateInForce.ts';

/** What a reference-based rate comes to on a fixing date. @internal */
export interface LateChargesReferenceRate {
  /** `reference × multiplier + margin`, at least 0. */
  readonly rate: Decimal;
  readonly reference: SegmentReference;
  /** The day the next table entry starts; infinity when there is none. */
  readonly nextEntryDay: number;
}

/** The parts of a reference-based rate. @internal */
export interface LateChargesReferenceTerms {
  readonly table: LateChargesCompiledTable;
  readonly multiplier: Decimal;
  readonly margin: Decimal;
}

/**
 * The rate built on the reference in force on `fixedOn` for interest from `interestFrom`: throws
 * `MISSING_REFERENCE_RATE` when the table has no rate for that day and `INVALID_RATE` when the result is
 * negative (a negative reference with too small a margin).
 *
 * @internal
 */
export function lateChargesReferenceRate(
  terms: LateChargesReferenceTerms,
  fixedOn: { readonly day: number; readonly date: string },
  interestFrom: number,
  api: string,
): LateChargesReferenceRate {
  const { table, multiplier, margin } = terms;
  const index = lateChargesRateInForce(table, fixedOn.day);
  const reference = index === undefined ? undefined : table.rates[index];
  const effectiveFrom = index === undefined ? undefined : table.dates[index];
  if (index === undefined || reference === undefined || effectiveFrom === undefined) {
    throw missing(table, fixedOn, interestFrom, api);
  }
  const rate = reference.times(multiplier).plus(margin);
  if (rate.isNegative()) {
    const formula = `${lateChargesPercent(reference)} × ${multiplier.toString()} + ${lateChargesPercent(margin)}`;
    const from = fromDayNumber(interestFrom);
    throw new ReceivablesError(
      'INVALID_RATE',
      `${api}: the rate for interest from ${from} is negative: ${formula} = ${lateChargesPercent(rate)} (${JSON.stringify(table.name)} on ${fixedOn.date})`,
      { details: { table: table.name, date: fixedOn.date, interestFrom: from, rate: rate.toString() } },
    );
  }
  return {
    rate,
    reference: { name: table.name, rate: reference, effectiveFrom, fixedOn: fixedOn.date },
    nextEntryDay: table.days[index + 1] ?? Number.POSITIVE_INFINITY,
  };
}

function missing(
  table: LateChargesCompiledTable,
  fixedOn: { readonly day: number; readonly date: string },
  interestFrom: number,
  api: string,
): ReceivablesError {
  const from = fromDayNumber(interestFrom);
  const first = table.dates[0];
  const why =
    fixedOn.day > table.coveredThroughDay
      ? `it is complete only through ${table.coveredThrough}`
      : `its first entry starts on ${first}`;
  const use = fixedOn.day === interestFrom ? '' : `, which sets the rate for interest from ${from}`;
  return new ReceivablesError(
    'MISSING_REFERENCE_RATE',
    `${api}: reference rate table ${JSON.stringify(table.name)} has no rate in force on ${fixedOn.date}${use}: ${why}`,
    { details: { table: table.name, date: fixedOn.date, interestFrom: from } },
  );
}
