import type { Decimal } from 'decimal.js';

/**
 * The count of minor units in `amount` (`12.34` CNY is 1234), for amounts already checked to fit the
 * currency's scale and the safe-integer range.
 *
 * @param amount - A validated amount.
 * @param scale - The currency's minor-unit digits.
 * @returns The amount in minor units.
 * @internal
 */
export function minorUnitsOf(amount: Decimal, scale: number): number {
  return amount.times(10 ** scale).toNumber();
}
