import Decimal from 'decimal.js';

/**
 * The suite's private decimal constructor. A `Decimal.clone` so that no setting of ours leaks into the
 * caller's global `Decimal`, and no setting of theirs changes our results.
 *
 * 60 significant digits keep 30-digit amounts exact through products with rates; exponents stay in
 * plain notation so `toString()` never prints `1e+21`.
 *
 * @internal
 */
export const SuiteDecimal: typeof Decimal = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
