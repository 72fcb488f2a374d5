import type { Decimal } from 'decimal.js';
import { amountTooPrecise } from '../_internals/moneyTooPrecise.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { AmountInput } from './AmountInput.ts';
import { currencyMinorUnits } from './currencyMinorUnits.ts';
import { decimal } from './decimal.ts';

const powersOfTen: Decimal[] = [];

/**
 * Converts an amount to a whole number of the currency's minor units (fen, cents, yen), the exact
 * integer form that hot loops add without decimals: `toMinorUnits('1234.50', 'CNY')` is `123450`.
 *
 * @param amount - The amount; it must not carry more decimals than the currency allows.
 * @param currency - ISO 4217 code.
 * @returns A safe integer.
 * @throws {ReceivablesError} `AMOUNT_TOO_PRECISE` when the amount has more decimals than the currency's
 *   minor unit; `AMOUNT_OUT_OF_RANGE` when the result exceeds `Number.MAX_SAFE_INTEGER`
 *   (about 90 trillion yuan); `INVALID_AMOUNT` or `INVALID_CURRENCY` for bad inputs.
 *
 * @example
 * ```ts
 * import { toMinorUnits } from '@receivables/core';
 *
 * console.log(toMinorUnits('1234.50', 'CNY'), toMinorUnits(1500, 'JPY'), toMinorUnits('0.125', 'KWD')); // 123450 1500 125
 * ```
 */
export function toMinorUnits(amount: AmountInput, currency: string): number {
  const digits = currencyMinorUnits(currency);
  const value = decimal(amount);
  if (value.decimalPlaces() > digits) {
    throw amountTooPrecise({
      api: 'toMinorUnits',
      shown: value.toString(),
      amount: value,
      currency,
      allowed: digits,
      advice: '; round it first with roundMoney',
    });
  }
  let scale = powersOfTen[digits];
  if (scale === undefined) {
    scale = decimal(`1e${digits}`);
    powersOfTen[digits] = scale;
  }
  const minor = value.times(scale);
  if (minor.abs().greaterThan(Number.MAX_SAFE_INTEGER)) {
    throw new ReceivablesError(
      'AMOUNT_OUT_OF_RANGE',
      `toMinorUnits: ${value.toString()} ${currency} is more than ${Number.MAX_SAFE_INTEGER} minor units, beyond exact integer arithmetic`,
      { details: { value: value.toString(), currency, max: Number.MAX_SAFE_INTEGER } },
    );
  }
  return minor.toNumber();
}
