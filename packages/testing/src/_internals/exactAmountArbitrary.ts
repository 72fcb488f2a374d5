import { decimal, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { currencyScale } from './currencyScale.ts';
import { formatMinorUnits } from './formatMinorUnits.ts';
import { readAmountBound } from './readAmountBound.ts';

/** The default upper bound of generated amounts, in major units. @internal */
export const DEFAULT_MAX_AMOUNT = '1000000';

/**
 * Amounts in one currency drawn as whole counts of its minor unit, shared by `amountArbitrary` and
 * `moneyArbitrary` so both check their bounds the same way.
 *
 * @param api - The public function asking, named first in error messages.
 * @param currency - An ISO 4217 code.
 * @param min - The smallest amount in major units; one minor unit when absent.
 * @param max - The largest amount in major units; {@link DEFAULT_MAX_AMOUNT} when absent.
 * @returns An arbitrary of `Decimal` amounts.
 * @throws {ReceivablesError} `INVALID_CURRENCY`, `INVALID_AMOUNT`, `AMOUNT_TOO_PRECISE` or
 *   `INVALID_ARGUMENT` (min above max).
 * @internal
 */
export function exactAmountArbitrary(
  api: string,
  currency: string,
  min: string | undefined,
  max: string | undefined,
): fc.Arbitrary<Decimal> {
  const scale = currencyScale(api, currency);
  const low = min === undefined ? 1n : readAmountBound(api, 'min', min, currency, scale);
  const high = readAmountBound(api, 'max', max ?? DEFAULT_MAX_AMOUNT, currency, scale);
  if (low > high) {
    const [lowText, highText] = [formatMinorUnits(low, scale), formatMinorUnits(high, scale)];
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: min ${lowText} is above max ${highText} ${currency}`,
      {
        details: { min: lowText, max: highText, currency },
      },
    );
  }
  return fc.bigInt({ min: low, max: high }).map((minor) => decimal(formatMinorUnits(minor, scale)));
}
