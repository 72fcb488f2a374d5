import { readCurrency } from '../_internals/moneyReadCurrency.ts';
import { ZERO_DECIMAL } from '../_internals/moneyZero.ts';
import type { Money } from './money.ts';

/**
 * Zero in a currency: the start of a sum, the balance of a settled account.
 *
 * @param currency - An uppercase ISO 4217 code the platform knows.
 * @returns Zero money in that currency.
 * @throws {ReceivablesError} `INVALID_CURRENCY` when `currency` is not a known ISO 4217 code.
 *
 * @example
 * ```ts
 * import { toDecimalString, zeroMoney } from '@receivables/core';
 *
 * console.log(toDecimalString(zeroMoney('KWD'))); // 0.000
 * ```
 */
export function zeroMoney(currency: string): Money {
  return { amount: ZERO_DECIMAL, currency: readCurrency(currency, 'zeroMoney') };
}
