import {
  type AmountInput,
  currencyMinorUnits,
  decimal,
  describeValue,
  ReceivablesError,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { openItemsRelabel } from './openItemsRelabel.ts';

/**
 * Reads the caller's exchange rates for the currencies a report holds: every given rate a positive
 * decimal, the reporting currency at 1, and no currency present without a rate (all missing ones are
 * named at once).
 *
 * @internal
 */
export function agedBalancesReadRates(
  reportingCurrency: string,
  rates: Readonly<Record<string, AmountInput>>,
  present: readonly string[],
  api: string,
): Record<string, Decimal> {
  try {
    currencyMinorUnits(reportingCurrency);
  } catch (error) {
    throw openItemsRelabel(error, api, 'reportingCurrency');
  }
  if (typeof rates !== 'object' || rates === null) {
    throw new ReceivablesError(
      'INVALID_RATE',
      `${api}: rates ${describeValue(rates)} is not a record of rates by currency`,
      {
        details: { value: describeValue(rates) },
      },
    );
  }
  const read = new Map<string, Decimal>();
  for (const [currency, input] of Object.entries(rates))
    read.set(currency, readRate(currency, input, reportingCurrency, api));
  const missing = present.filter((currency) => currency !== reportingCurrency && !read.has(currency));
  if (missing.length > 0) {
    throw new ReceivablesError(
      'MISSING_EXCHANGE_RATE',
      `${api}: no rate to convert ${missing.join(', ')} to ${reportingCurrency}; give rates[${JSON.stringify(missing[0])}] as ${reportingCurrency} per unit`,
      { details: { missing, reportingCurrency } },
    );
  }
  const used: Record<string, Decimal> = {};
  for (const currency of present)
    used[currency] = currency === reportingCurrency ? decimal(1) : read.get(currency)!;
  return used;
}

function readRate(currency: string, input: AmountInput, reportingCurrency: string, api: string): Decimal {
  let rate: Decimal | undefined;
  try {
    rate = decimal(input);
  } catch {
    rate = undefined;
  }
  const reason =
    rate === undefined
      ? 'is not a decimal number'
      : !rate.isPositive() || rate.isZero()
        ? 'is not positive'
        : currency === reportingCurrency && !rate.equals(1)
          ? `must be 1: ${reportingCurrency} is the reporting currency`
          : undefined;
  if (rate !== undefined && reason === undefined) return rate;
  throw new ReceivablesError(
    'INVALID_RATE',
    `${api}: rates[${JSON.stringify(currency)}] ${describeValue(input)} ${reason}`,
    {
      details: { currency, value: describeValue(input) },
    },
  );
}
