const CURRENCY_SHAPE = /^[A-Z]{3}$/;

let platformCurrencies: ReadonlySet<string> | null | undefined;

/** The codes the platform knows, read once; `null` where `Intl.supportedValuesOf` is missing. */
function knownCurrencies(): ReadonlySet<string> | null {
  if (platformCurrencies === undefined) {
    platformCurrencies =
      typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;
  }
  return platformCurrencies;
}

/**
 * Tells whether `value` is an uppercase ISO 4217 currency code that the platform knows, without throwing.
 * Where the platform cannot list its currencies (`Intl.supportedValuesOf` is missing), any three
 * uppercase letters pass.
 *
 * @param value - Anything.
 * @returns `true` for a known code such as `CNY`; `false` for `cny`, `XXZ`, `CN` or a non-string.
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from '@receivables/core';
 *
 * console.log(isCurrencyCode('CNY'), isCurrencyCode('cny'), isCurrencyCode('XXZ')); // true false false
 * ```
 */
export function isCurrencyCode(value: unknown): value is string {
  if (typeof value !== 'string' || !CURRENCY_SHAPE.test(value)) return false;
  const known = knownCurrencies();
  return known === null || known.has(value);
}
