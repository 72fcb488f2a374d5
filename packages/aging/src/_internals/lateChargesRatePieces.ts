import { fromDayNumber } from '@receivables/core';
import { lateChargesHalfYear } from './lateChargesHalfYear.ts';
import type { LateChargesRatePiece } from './lateChargesRatePiece.ts';
import { type LateChargesReferenceTerms, lateChargesReferenceRate } from './lateChargesReferenceRate.ts';
import type { LateChargesResolvedRate } from './lateChargesResolvedRate.ts';

/**
 * Splits the days `from`–`to` (day numbers, inclusive) into runs at one rate. `start` is the first day
 * interest runs at all, which fixes the rate of `fixedAtDue` and `fixedAtBreach` for the whole debt.
 *
 * @internal
 */
export function lateChargesRatePieces(
  rate: LateChargesResolvedRate,
  from: number,
  to: number,
  start: number,
  api: string,
): LateChargesRatePiece[] {
  if (rate.kind !== 'reference') return [{ from, to, rate: rate.rate, reference: undefined }];
  switch (rate.fixing) {
    case 'daily':
      return followTable(rate, from, to, api);
    case 'halfYear':
      return byHalfYear(rate, from, to, api);
    case 'fixedAtDue': {
      // The UK Act fixes the rate on the eve of the half-year in which interest starts to run.
      const half = lateChargesHalfYear(start);
      return [fixedPiece(rate, { day: half.firstDay - 1, date: half.eveDate }, from, to, api)];
    }
    case 'fixedAtBreach':
      return [fixedPiece(rate, { day: start, date: fromDayNumber(start) }, from, to, api)];
  }
}

function fixedPiece(
  terms: LateChargesReferenceTerms,
  fixedOn: { readonly day: number; readonly date: string },
  from: number,
  to: number,
  api: string,
): LateChargesRatePiece {
  const { rate, reference } = lateChargesReferenceRate(terms, fixedOn, from, api);
  return { from, to, rate, reference };
}

/** Each day at the rate in force on it: a new piece where a table entry starts. */
function followTable(
  terms: LateChargesReferenceTerms,
  from: number,
  to: number,
  api: string,
): LateChargesRatePiece[] {
  const pieces: LateChargesRatePiece[] = [];
  for (let day = from; day <= to; ) {
    const fixed = lateChargesReferenceRate(terms, { day, date: fromDayNumber(day) }, day, api);
    // A table complete only through some day ends the piece there; the next day then has no rate.
    const last = Math.min(to, fixed.nextEntryDay - 1, terms.table.coveredThroughDay);
    pieces.push({ from: day, to: last, rate: fixed.rate, reference: fixed.reference });
    day = last + 1;
  }
  return pieces;
}

/** Each half-year at the rate in force on its first day (1 January or 1 July). */
function byHalfYear(
  terms: LateChargesReferenceTerms,
  from: number,
  to: number,
  api: string,
): LateChargesRatePiece[] {
  const pieces: LateChargesRatePiece[] = [];
  for (let day = from; day <= to; ) {
    const half = lateChargesHalfYear(day);
    const last = Math.min(to, half.nextFirstDay - 1);
    pieces.push(fixedPiece(terms, { day: half.firstDay, date: half.firstDate }, day, last, api));
    day = last + 1;
  }
  return pieces;
}
