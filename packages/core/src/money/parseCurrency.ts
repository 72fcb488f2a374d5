import { readCurrency } from '../_internals/moneyReadCurrency.ts';

/** Options of {@link parseCurrency}. */
export interface ParseCurrencyOptions {
  /** Names the value in error messages, e.g. `invoices[3].currency`. */
  readonly field?: string;
}

/**
 * Checks that `value` is an uppercase ISO 4217 currency code the platform knows and returns it.
 *
 * @param value - Anything; only codes such as `CNY`, `USD` or `JPY` pass.
 * @param options - The field name used in error messages.
 * @returns The same code.
 * @throws {ReceivablesError} `INVALID_CURRENCY` for a lower-case code (`cny`), an unknown code (`XXZ`),
 *   another shape (`CN`, `yuan`) or a non-string.
 *
 * @example
 * ```ts
 * import { parseCurrency } from '@receivables/core';
 *
 * console.log(parseCurrency('CNY')); // CNY
 * try {
 *   parseCurrency('cny', { field: 'invoices[3].currency' });
 * } catch (error) {
 *   console.log((error as Error).message); // parseCurrency: invoices[3].currency: currency "cny" is not an ISO 4217 code: write it in upper case (CNY)
 * }
 * ```
 */
export function parseCurrency(value: unknown, options: ParseCurrencyOptions = {}): string {
  return readCurrency(value, 'parseCurrency', options.field);
}
