import { describeValue, ReceivablesError } from '@receivables/core';
import { currencyScale } from './currencyScale.ts';

/** The currencies arbitraries draw from unless told otherwise: minor units 2, 2, 2, 0 and 3. @internal */
export const DEFAULT_CURRENCIES: readonly string[] = ['CNY', 'USD', 'EUR', 'JPY', 'KWD'];

/**
 * Checks a list of currency codes: not empty, no repeats, every code known.
 *
 * @param api - The public function asking, named first in error messages.
 * @param currencies - The list given as an option.
 * @returns The same list.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an empty list or a repeated code;
 *   `INVALID_CURRENCY` for an unknown code.
 * @internal
 */
export function readCurrencies(api: string, currencies: readonly string[]): readonly string[] {
  if (!Array.isArray(currencies) || currencies.length === 0) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: currencies must list at least one ISO 4217 code, got ${describeValue(currencies)}`,
      {
        details: { field: 'currencies' },
      },
    );
  }
  const seen = new Set<string>();
  for (const currency of currencies) {
    currencyScale(api, currency);
    if (seen.has(currency)) {
      throw new ReceivablesError('INVALID_ARGUMENT', `${api}: currencies list ${currency} twice`, {
        details: { field: 'currencies', value: currency },
      });
    }
    seen.add(currency);
  }
  return currencies;
}
