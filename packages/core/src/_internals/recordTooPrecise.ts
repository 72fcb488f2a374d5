import type { Decimal } from 'decimal.js';
import { currencyMinorUnits } from '../money/currencyMinorUnits.ts';

/**
 * Why `amount` cannot be an amount of `currency`, e.g. `12.345 has 3 decimals but CNY allows 2`;
 * `undefined` when its decimals fit the currency's minor unit.
 *
 * @internal
 */
export function recordTooPrecise(
  amount: Decimal,
  currency: string,
  whose: string = currency,
): string | undefined {
  const allowed = currencyMinorUnits(currency);
  const places = amount.decimalPlaces();
  if (places <= allowed) return undefined;
  return `${amount.toString()} has ${places} decimal${places === 1 ? '' : 's'} but ${whose} allows ${allowed}`;
}
