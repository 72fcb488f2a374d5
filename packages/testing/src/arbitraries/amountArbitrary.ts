import type { Decimal } from 'decimal.js';
import type fc from 'fast-check';
import { exactAmountArbitrary } from '../_internals/exactAmountArbitrary.ts';

/** Options of {@link amountArbitrary}. */
export interface AmountArbitraryOptions {
  /** The ISO 4217 code whose minor unit sets the decimals, e.g. `JPY` for whole yen. */
  readonly currency: string;
  /**
   * The smallest amount, as decimal text in major units; it may be zero or negative.
   * @defaultValue one minor unit: `'0.01'` for CNY, `'1'` for JPY, `'0.001'` for KWD
   */
  readonly min?: string;
  /**
   * The largest amount, as decimal text in major units.
   * @defaultValue `'1000000'`
   */
  readonly max?: string;
}

/**
 * A fast-check arbitrary of exact amounts in one currency: whole counts of its minor unit, so no value
 * ever has more decimals than the currency allows. Failures shrink towards the bound nearest zero.
 *
 * @param options - The currency and the range, both ends included.
 * @returns An arbitrary of `Decimal` amounts.
 * @throws {ReceivablesError} `INVALID_CURRENCY` for an unknown code; `INVALID_AMOUNT` for a bound
 *   that is not a decimal number; `AMOUNT_TOO_PRECISE` for a bound finer than the minor unit;
 *   `INVALID_ARGUMENT` when `min` is above `max`.
 *
 * @example
 * ```ts
 * import { amountArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const [amount] = fc.sample(amountArbitrary({ currency: 'KWD', min: '1.5', max: '1.5' }), 1);
 * console.log(amount?.toFixed(3)); // 1.500
 * ```
 */
export function amountArbitrary(options: AmountArbitraryOptions): fc.Arbitrary<Decimal> {
  return exactAmountArbitrary('amountArbitrary', options.currency, options.min, options.max);
}
