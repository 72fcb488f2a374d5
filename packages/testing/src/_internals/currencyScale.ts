import { currencyMinorUnits, describeValue, ReceivablesError } from '@receivables/core';

/**
 * The number of minor-unit digits of an ISO 4217 currency (CNY 2, JPY 0, KWD 3), as core's
 * `currencyMinorUnits` gives it, with the error re-worded to name the public function that asked.
 *
 * @param api - The public function asking, named first in the error message.
 * @param currency - An ISO 4217 code.
 * @returns The currency's minor-unit digits.
 * @throws {ReceivablesError} `INVALID_CURRENCY` when `currency` is not a code the platform knows.
 * @internal
 */
export function currencyScale(api: string, currency: string): number {
  try {
    return currencyMinorUnits(currency);
  } catch (error) {
    throw new ReceivablesError(
      'INVALID_CURRENCY',
      `${api}: ${describeValue(currency)} is not an ISO 4217 currency code the platform knows`,
      { details: { value: describeValue(currency) }, cause: error },
    );
  }
}
