import { roundHalfUp } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { RollRateObservation } from '../allowance/RollRateProvisionMatrixResult.ts';

/** A month's balance and what rolled on from it. @internal */
export interface AllowanceRollMonth {
  readonly from: string;
  readonly to: string;
  readonly balance: Decimal;
  readonly rolled: Decimal;
}

/** The observations of a bucket and their average, when some month had a balance. @internal */
export interface AllowanceAverageRoll {
  readonly observations: readonly RollRateObservation[];
  readonly monthsUsed: number;
  /** Undefined when every month's balance was zero. */
  readonly rollRate: Decimal | undefined;
}

/**
 * Averages a bucket's monthly roll rates over the months whose balance is not zero (a month with
 * nothing in the bucket says nothing about how it rolls): balance-weighted `Σ rolled ÷ Σ balance`, or
 * the simple mean of `rolled ÷ balance`. Quotients are taken to the suite's 60 significant digits and
 * every rate reported is rounded half-up to `places` decimals.
 *
 * @internal
 */
export function allowanceAverageRollRate(
  months: readonly AllowanceRollMonth[],
  averaging: 'balanceWeighted' | 'simple',
  places: number,
): AllowanceAverageRoll {
  const used = months.filter((month) => !month.balance.isZero());
  const observations = months.map(({ from, to, balance, rolled }) => ({
    from,
    to,
    balance,
    rolled,
    rate: balance.isZero() ? null : roundHalfUp(rolled.div(balance), places),
  }));
  const [first, ...rest] = used;
  if (first === undefined) return { observations, monthsUsed: 0, rollRate: undefined };
  const exact =
    averaging === 'simple'
      ? rest
          .reduce((sum, month) => sum.plus(month.rolled.div(month.balance)), first.rolled.div(first.balance))
          .div(used.length)
      : rest
          .reduce((sum, month) => sum.plus(month.rolled), first.rolled)
          .div(rest.reduce((sum, month) => sum.plus(month.balance), first.balance));
  return { observations, monthsUsed: used.length, rollRate: roundHalfUp(exact, places) };
}
