import { fromMinorUnits } from '@receivables/core';

/**
 * Whole minor units as a decimal text with all the currency's decimals, e.g. `1200.00`.
 *
 * @param minor - The amount in minor units.
 * @param currency - Its currency.
 * @param digits - The currency's minor-unit digits.
 * @returns The text.
 * @internal
 */
export function minorText(minor: number | bigint, currency: string, digits: number): string {
  return fromMinorUnits(minor, currency).toFixed(digits);
}
