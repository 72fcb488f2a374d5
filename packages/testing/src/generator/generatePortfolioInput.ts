import type { InstalmentInput, PortfolioInput } from '@receivables/core';
import { buildSyntheticPortfolio } from '../_internals/buildSyntheticPortfolio.ts';
import { formatMinorUnits } from '../_internals/formatMinorUnits.ts';
import { readGeneratorOptions } from '../_internals/readGeneratorOptions.ts';
import type { RecordWriter } from '../_internals/SyntheticPortfolio.ts';
import type { GeneratePortfolioOptions } from './generatePortfolio.ts';

const TEXT_WRITER: RecordWriter<string, InstalmentInput> = {
  amount: formatMinorUnits,
  instalment: (_index, dueDate, amount, role) => ({ dueDate, amount, role }),
};

/**
 * Generates the same portfolio as {@link generatePortfolio} with the same options, written as plain
 * JSON-friendly input: amounts as decimal strings with the currency's digits (`'1200.00'`, `'500'`
 * yen), every instalment with its role. It is what `serializePortfolio` would write, made without
 * building a `Decimal` first, so fixtures for `parsePortfolio` and files for examples come cheap.
 *
 * @param options - Seed, counts, the `asOf` day, currencies and the span of issue dates.
 * @returns The portfolio as {@link PortfolioInput}, ready for `JSON.stringify`.
 * @throws {ReceivablesError} The same as {@link generatePortfolio}, naming `generatePortfolioInput`.
 *
 * @example
 * ```ts
 * import { parsePortfolio } from '@receivables/core';
 * import { generatePortfolioInput } from '@receivables/testing';
 *
 * const input = generatePortfolioInput({ seed: 7, customers: 3, invoices: 10, currencies: ['CNY'] });
 * console.log(typeof input.invoices?.[0]?.amount, /^\d+\.\d{2}$/.test(String(input.invoices?.[0]?.amount))); // string true
 * console.log(parsePortfolio(JSON.parse(JSON.stringify(input))).invoices.length); // 10
 * ```
 */
export function generatePortfolioInput(options: GeneratePortfolioOptions): PortfolioInput {
  return buildSyntheticPortfolio(readGeneratorOptions('generatePortfolioInput', options), TEXT_WRITER);
}
