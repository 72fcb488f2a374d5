import type { Decimal } from 'decimal.js';

/**
 * A rule that rounds a decimal to a number of decimal places, such as `roundHalfUp` or `roundHalfEven`.
 * Any function of this shape can be passed where a mode is asked for.
 */
export type RoundingMode = (value: Decimal, decimalPlaces: number) => Decimal;
