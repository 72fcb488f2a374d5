import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { isCurrencyCode } from '../money/isCurrencyCode.ts';

/**
 * Returns `value` when it is a currency code the platform knows, else throws `INVALID_CURRENCY` with the
 * calling API's name first and, for a code written in lower case, the spelling that would pass.
 *
 * @internal
 */
export function readCurrency(value: unknown, api: string, field?: string): string {
  if (isCurrencyCode(value)) return value;
  const where = field === undefined ? '' : `${field}: `;
  throw new ReceivablesError(
    'INVALID_CURRENCY',
    `${api}: ${where}currency ${describeValue(value)} ${reasonFor(value)}`,
    {
      details: {
        value: typeof value === 'string' ? value : describeValue(value),
        ...(field === undefined ? {} : { field }),
      },
    },
  );
}

function reasonFor(value: unknown): string {
  if (typeof value !== 'string') return 'is not a currency code';
  const upper = value.toUpperCase();
  if (upper !== value && isCurrencyCode(upper))
    return `is not an ISO 4217 code: write it in upper case (${upper})`;
  if (/^[A-Z]{3}$/.test(value)) return 'is not an ISO 4217 currency code this platform knows';
  return 'is not an ISO 4217 code of three uppercase letters';
}
