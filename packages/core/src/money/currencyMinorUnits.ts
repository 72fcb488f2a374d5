import { readCurrency } from '../_internals/moneyReadCurrency.ts';

const minorUnitsByCurrency = new Map<string, number>();

/**
 * The number of decimal places a currency's amounts carry (its ISO 4217 minor unit), as the platform's
 * CLDR data gives it: 2 for CNY, USD and EUR; 0 for JPY and KRW; 3 for KWD and BHD.
 *
 * @param currency - An ISO 4217 code the platform knows.
 * @returns The count of minor-unit digits, from 0 upward.
 * @throws {ReceivablesError} `INVALID_CURRENCY` when `currency` is not a known ISO 4217 code.
 *
 * @example
 * ```ts
 * import { currencyMinorUnits } from '@receivables/core';
 *
 * console.log(currencyMinorUnits('CNY'), currencyMinorUnits('JPY'), currencyMinorUnits('KWD')); // 2 0 3
 * ```
 */
export function currencyMinorUnits(currency: string): number {
  const cached = minorUnitsByCurrency.get(currency);
  if (cached !== undefined) return cached;
  // Only validated codes reach the cache, so a hit needs no further check.
  readCurrency(currency, 'currencyMinorUnits');
  // ECMA-402 always resolves fraction digits for the currency style; only significant-digit options omit them.
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits!;
  minorUnitsByCurrency.set(currency, digits);
  return digits;
}
