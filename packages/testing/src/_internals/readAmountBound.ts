import { decimal, describeValue, ReceivablesError } from '@receivables/core';

/**
 * Reads an amount bound given in major units (`'0.01'`) as an exact count of minor units.
 *
 * @param api - The public function asking, named first in error messages.
 * @param field - The option's name, e.g. `min`.
 * @param value - The bound as decimal text.
 * @param currency - The currency the bound is in.
 * @param scale - The currency's minor-unit digits.
 * @returns The bound in minor units.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for text that is not a decimal number;
 *   `AMOUNT_TOO_PRECISE` for more decimals than the currency has.
 * @internal
 */
export function readAmountBound(
  api: string,
  field: string,
  value: string,
  currency: string,
  scale: number,
): bigint {
  let amount: ReturnType<typeof decimal>;
  try {
    amount = decimal(value, { field });
  } catch (error) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${api}: ${field} ${describeValue(value)} is not a decimal number`,
      {
        details: { field, value },
        cause: error,
      },
    );
  }
  if (amount.decimalPlaces() > scale) {
    throw new ReceivablesError(
      'AMOUNT_TOO_PRECISE',
      `${api}: ${field} ${amount.toString()} has more decimals than ${currency} allows (${scale})`,
      { details: { field, value, currency, scale } },
    );
  }
  return BigInt(amount.times(`1e${scale}`).toFixed(0));
}
