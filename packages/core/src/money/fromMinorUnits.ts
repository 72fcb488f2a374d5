import type { Decimal } from 'decimal.js';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { currencyMinorUnits } from './currencyMinorUnits.ts';
import { decimal } from './decimal.ts';

/**
 * Converts a whole number of a currency's minor units back to an exact decimal amount:
 * `fromMinorUnits(123450, 'CNY')` is `1234.5`. Accepts a `bigint` for totals beyond 2^53.
 *
 * @param minor - An integer count of minor units (a safe-integer number or any bigint).
 * @param currency - ISO 4217 code.
 * @returns The amount as a `Decimal`.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when `minor` is not a safe integer; `INVALID_CURRENCY` for a bad code.
 *
 * @example
 * ```ts
 * import { fromMinorUnits } from '@receivables/core';
 *
 * console.log(fromMinorUnits(123450, 'CNY').toFixed(2), fromMinorUnits(10n ** 20n, 'USD').toString()); // 1234.50 1000000000000000000
 * ```
 */
export function fromMinorUnits(minor: number | bigint, currency: string): Decimal {
  const digits = currencyMinorUnits(currency);
  if (typeof minor === 'number' && !Number.isSafeInteger(minor)) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `fromMinorUnits: ${describeValue(minor)} is not a whole number of minor units within the safe integer range`,
      { details: { value: minor, currency } },
    );
  }
  return decimal(minor.toString()).dividedBy(decimal(`1e${digits}`));
}
