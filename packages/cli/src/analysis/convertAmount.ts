import type { Decimal } from 'decimal.js';

/** The conversion the run allows: units of the reporting currency per unit of each other currency. @internal */
export interface AmountConversion {
  readonly reportingCurrency?: string;
  readonly rates: Readonly<Record<string, string>>;
}

/**
 * An amount in `to`, exactly: the amount itself when the currencies agree, `amount × rate` when `to`
 * is the reporting currency and the run has a rate for `from`; `null` otherwise (never a guess).
 *
 * @internal
 */
export function convertAmount(
  amount: Decimal,
  from: string,
  to: string,
  conversion: AmountConversion,
): Decimal | null {
  if (from === to) return amount;
  const rate = to === conversion.reportingCurrency ? conversion.rates[from] : undefined;
  return rate === undefined ? null : amount.times(rate);
}
