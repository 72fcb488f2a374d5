import { requireDecimalPlaces } from '../_internals/moneyRoundTo.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { currencyMinorUnits } from './currencyMinorUnits.ts';
import type { Money } from './money.ts';
import type { RoundingMode } from './RoundingMode.ts';
import { roundHalfUp } from './roundHalfUp.ts';

/** Options of {@link roundMoney}. */
export interface RoundMoneyOptions {
  /**
   * The rounding rule, e.g. `roundHalfEven` or any function of the {@link RoundingMode} shape.
   * @defaultValue `roundHalfUp` (四舍五入, ties away from zero)
   */
  readonly mode?: RoundingMode;
  /**
   * How many decimals to keep.
   * @defaultValue the currency's minor units (2 for CNY, 0 for JPY)
   */
  readonly decimalPlaces?: number;
}

/**
 * Rounds an amount to its currency's minor unit (or to given decimal places) with a named rounding rule:
 * the one step where the suite rounds, and only when asked.
 *
 * @param value - The amount, typically a product from `multiplyMoney`.
 * @param options - The rounding mode and the decimal places.
 * @returns The rounded amount in the same currency; `value` itself when it is already that precise.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `mode` is not a function or `decimalPlaces` is not a
 *   whole number from 0 to 1e9.
 *
 * @example
 * ```ts
 * import { money, multiplyMoney, roundHalfEven, roundMoney, toDecimalString } from '@receivables/core';
 *
 * const share = multiplyMoney(money('4.69', 'CNY'), '0.5');
 * console.log(toDecimalString(roundMoney(share))); // 2.35
 * console.log(toDecimalString(roundMoney(share, { mode: roundHalfEven }))); // 2.34
 * ```
 */
export function roundMoney(value: Money, options: RoundMoneyOptions = {}): Money {
  const { mode = roundHalfUp } = options;
  if (typeof mode !== 'function') {
    throw new ReceivablesError('INVALID_ARGUMENT', 'roundMoney: mode is not a rounding function', {
      details: { mode: typeof mode },
    });
  }
  const decimalPlaces = options.decimalPlaces ?? currencyMinorUnits(value.currency);
  requireDecimalPlaces(decimalPlaces, 'roundMoney');
  if (value.amount.decimalPlaces() <= decimalPlaces) return value;
  return { amount: mode(value.amount, decimalPlaces), currency: value.currency };
}
