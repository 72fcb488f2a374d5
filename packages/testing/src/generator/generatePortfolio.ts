import type { Instalment, IsoDate, Portfolio } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { buildSyntheticPortfolio } from '../_internals/buildSyntheticPortfolio.ts';
import { decimalFromMinorUnits } from '../_internals/decimalFromMinorUnits.ts';
import { readGeneratorOptions } from '../_internals/readGeneratorOptions.ts';
import type { RecordWriter } from '../_internals/SyntheticPortfolio.ts';

/** Options of {@link generatePortfolio} and `generatePortfolioInput`. */
export interface GeneratePortfolioOptions {
  /** Any safe integer; the same seed (and options) always gives the same portfolio, byte for byte. */
  readonly seed: number;
  /** Exactly how many customers, numbered `C0001` on. */
  readonly customers: number;
  /** Exactly how many invoices, numbered `INV-000001` on in issue-date order; needs a customer. */
  readonly invoices: number;
  /**
   * The day the portfolio is seen: invoices are issued up to it, and nothing is paid, credited,
   * disputed or promised after it.
   * @defaultValue `'2026-06-30'`
   */
  readonly asOf?: IsoDate;
  /**
   * The currencies; about 95% of customers use the first, the rest one of the others.
   * @defaultValue `['CNY', 'USD']`
   */
  readonly currencies?: readonly string[];
  /**
   * How many days before `asOf` the first invoice may be issued.
   * @defaultValue `730` (two years)
   */
  readonly spanDays?: number;
}

const DECIMAL_WRITER: RecordWriter<Decimal, Instalment> = {
  amount: decimalFromMinorUnits,
  instalment: (index, dueDate, amount, role) => ({ index, dueDate, amount, role }),
};

/**
 * Generates a realistic synthetic portfolio from a seed, for benchmarks, examples and tests at scale.
 * A few large accounts and many small ones; prompt, slow (10–40 days late), chronically late (60+),
 * partial, disputing and defaulting payers; mostly CNY with some USD; whole-yuan and fen amounts;
 * about 15% of invoices on a 3-6-1 plan (30% at signing, 60% at delivery, 10% after a 12-month
 * warranty) and some on 3-3-3-1; terms of 30/45/60/90 days; early, late and partial payments, some
 * applied and some on account; a few credit notes; disputes on about 3% of invoices; kept and broken
 * promises. Only integer arithmetic on a seeded xoroshiro128+ stream: no clock, no time zone, no
 * locale, so the result is identical everywhere. A million invoices take a few seconds.
 *
 * @param options - Seed, counts, the `asOf` day, currencies and the span of issue dates.
 * @returns A portfolio in the validated shape, consistent in every reference and amount.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a seed that is not a safe integer, a negative or
 *   fractional count or span, invoices without customers, or an empty or repeating currency list;
 *   `INVALID_CURRENCY` for an unknown code; `INVALID_DATE` for a malformed `asOf`;
 *   `DATE_OUT_OF_RANGE` when the dates would leave the years 0001–9999.
 *
 * @example
 * ```ts
 * import { generatePortfolio } from '@receivables/testing';
 *
 * const portfolio = generatePortfolio({ seed: 7, customers: 20, invoices: 300 });
 * console.log(portfolio.customers.length, portfolio.invoices.length); // 20 300
 * console.log(portfolio.invoices[0]?.id, portfolio.customers[0]?.id); // INV-000001 C0001
 * console.log(portfolio.payments.every((payment) => payment.date <= '2026-06-30')); // true
 * ```
 */
export function generatePortfolio(options: GeneratePortfolioOptions): Portfolio {
  return buildSyntheticPortfolio(readGeneratorOptions('generatePortfolio', options), DECIMAL_WRITER);
}
