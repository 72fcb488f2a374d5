import { currencyMinorUnits, relabelError } from '@receivables/core';

/** A checked currency and the decimals its amounts carry. @internal */
export interface AllowanceCurrency {
  readonly code: string;
  readonly minorUnits: number;
}

/**
 * Checks the one currency of an allowance computation and looks up its minor unit, the scale every
 * amount of the call must fit and every result is rounded to.
 *
 * @internal
 */
export function allowanceCurrency(currency: unknown, api: string): AllowanceCurrency {
  try {
    return { code: currency as string, minorUnits: currencyMinorUnits(currency as string) };
  } catch (error) {
    throw relabelError(error, 'currencyMinorUnits', api);
  }
}
