import { describeValue, type IsoDate, isIsoDate, ReceivablesError, toDayNumber } from '@receivables/core';
import { currencyScale } from './currencyScale.ts';
import {
  DAYS_AFTER_AS_OF,
  DAYS_BEFORE_SPAN,
  type GeneratorCurrency,
  type GeneratorPlan,
} from './GeneratorPlan.ts';
import { readCount } from './readCount.ts';
import { readCurrencies } from './readCurrencies.ts';

/** What the generator's public functions accept; documented on `GeneratePortfolioOptions`. @internal */
export interface GeneratorOptions {
  readonly seed: number;
  readonly customers: number;
  readonly invoices: number;
  readonly asOf?: IsoDate;
  readonly currencies?: readonly string[];
  readonly spanDays?: number;
}

/** Major units per 100 yuan, rounded; only for plausible sizes, never for conversion. */
const PER_HUNDRED_YUAN: Readonly<Record<string, number>> = {
  CNY: 100,
  USD: 14,
  EUR: 13,
  GBP: 11,
  HKD: 110,
  SGD: 18,
  JPY: 2100,
  KRW: 19000,
  KWD: 4,
};

/**
 * Checks the generator's options and fills in the defaults.
 *
 * @param api - The public function asking, named first in error messages.
 * @param options - The options given.
 * @returns The plan the builder follows.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a seed that is not a safe integer, a negative or
 *   fractional count or span, invoices without customers, or a bad currency list; `INVALID_CURRENCY`
 *   for an unknown code; `INVALID_DATE` for a malformed `asOf`; `DATE_OUT_OF_RANGE` when the dates
 *   would leave the years 0001–9999.
 * @internal
 */
export function readGeneratorOptions(api: string, options: GeneratorOptions): GeneratorPlan {
  if (!Number.isSafeInteger(options.seed)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: seed ${describeValue(options.seed)} is not a safe integer`,
      {
        details: { field: 'seed', value: describeValue(options.seed) },
      },
    );
  }
  const customerCount = readCount(api, 'customers', options.customers);
  const invoiceCount = readCount(api, 'invoices', options.invoices);
  if (invoiceCount > 0 && customerCount === 0) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${invoiceCount} invoices need at least one customer`,
      {
        details: { customers: customerCount, invoices: invoiceCount },
      },
    );
  }
  const spanDays = readCount(api, 'spanDays', options.spanDays ?? 730);
  const asOfDay = readAsOf(api, options.asOf ?? '2026-06-30');
  const firstIssueDay = asOfDay - spanDays;
  checkRange(api, firstIssueDay - DAYS_BEFORE_SPAN, asOfDay + DAYS_AFTER_AS_OF);
  const codes = readCurrencies(api, options.currencies ?? ['CNY', 'USD']);
  return {
    api,
    seed: options.seed,
    customerCount,
    invoiceCount,
    asOfDay,
    firstIssueDay,
    currencies: codes.map((code) => generatorCurrency(api, code)),
  };
}

function generatorCurrency(api: string, code: string): GeneratorCurrency {
  const scale = currencyScale(api, code);
  return { code, scale, minorPerMajor: 10 ** scale, perHundredYuan: PER_HUNDRED_YUAN[code] ?? 14 };
}

function readAsOf(api: string, asOf: IsoDate): number {
  if (!isIsoDate(asOf)) {
    throw new ReceivablesError(
      'INVALID_DATE',
      `${api}: asOf ${describeValue(asOf)} is not a YYYY-MM-DD date`,
      {
        details: { field: 'asOf', value: describeValue(asOf) },
      },
    );
  }
  return toDayNumber(asOf);
}

function checkRange(api: string, earliest: number, latest: number): void {
  if (earliest >= toDayNumber('0001-01-01') && latest <= toDayNumber('9999-12-31')) return;
  throw new ReceivablesError(
    'DATE_OUT_OF_RANGE',
    `${api}: asOf and spanDays put generated dates outside the years 0001–9999 (onboarding reaches ${DAYS_BEFORE_SPAN} days before the span, instalments ${DAYS_AFTER_AS_OF} days after asOf)`,
    { details: { earliestDay: earliest, latestDay: latest } },
  );
}
