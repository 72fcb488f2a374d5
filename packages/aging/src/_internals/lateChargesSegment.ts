import { fromDayNumber } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { InterestSegment } from '../lateCharges/InterestSegment.ts';
import type { LateChargesRatePiece } from './lateChargesRatePiece.ts';
import type { LateChargesResolvedRate } from './lateChargesResolvedRate.ts';

/** A statement line and its exact numerator `balance × rate × days`. @internal */
export interface LateChargesSegment {
  readonly segment: InterestSegment;
  readonly numerator: Decimal;
}

/**
 * Builds the statement line for a run of days at one balance and one rate. The interest is
 * `numerator ÷ divisor`, the divisor being the day count (365 or 360) of an annual rate and 1 of a daily one.
 *
 * @internal
 */
export function lateChargesSegment(
  rate: LateChargesResolvedRate,
  balance: Decimal,
  piece: LateChargesRatePiece,
): LateChargesSegment {
  const days = piece.to - piece.from + 1;
  const numerator = balance.times(piece.rate).times(days);
  const common = { from: fromDayNumber(piece.from), to: fromDayNumber(piece.to), days, balance };
  if (rate.kind === 'daily') {
    return { segment: { kind: 'daily', ...common, dailyRate: piece.rate, interest: numerator }, numerator };
  }
  const interest = numerator.dividedBy(rate.dayCount);
  const segment: InterestSegment = {
    kind: 'annual',
    ...common,
    annualRate: piece.rate,
    dayCount: rate.dayCount,
    interest,
    ...(piece.reference === undefined ? {} : { reference: piece.reference }),
  };
  return { segment, numerator };
}
