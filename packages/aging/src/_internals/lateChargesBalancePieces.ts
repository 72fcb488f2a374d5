import type { Decimal } from 'decimal.js';
import type { LateChargesPayment } from './lateChargesReadPayments.ts';

/** A run of days with one outstanding principal, more than 0. @internal */
export interface LateChargesBalancePiece {
  readonly from: number;
  readonly to: number;
  readonly balance: Decimal;
}

/**
 * Splits the accrual days `start`–`end` (day numbers, inclusive) where payments change the principal.
 * A payment counts from the day after it arrives, so one made before `start` has already reduced the
 * principal when interest starts; days with nothing outstanding are left out.
 *
 * @internal
 */
export function lateChargesBalancePieces(
  principal: Decimal,
  payments: readonly LateChargesPayment[],
  start: number,
  end: number,
): LateChargesBalancePiece[] {
  const pieces: LateChargesBalancePiece[] = [];
  let balance = principal;
  let from = start;
  for (const payment of payments) {
    const effective = payment.day + 1;
    if (effective > end) break;
    if (effective > from) {
      if (balance.isPositive() && !balance.isZero()) pieces.push({ from, to: effective - 1, balance });
      from = effective;
    }
    balance = balance.minus(payment.amount);
  }
  if (from <= end && balance.isPositive() && !balance.isZero()) pieces.push({ from, to: end, balance });
  return pieces;
}
