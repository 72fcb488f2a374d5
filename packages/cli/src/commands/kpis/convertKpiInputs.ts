import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CurrencyKpiInputs, MonthlySales } from '../../analysis/kpiInputs.ts';
import { invalidOption } from '../../program/invalidOption.ts';

type AmountKey =
  | 'openingReceivables'
  | 'endingReceivables'
  | 'endingCurrentReceivables'
  | 'endingOverdueReceivables'
  | 'endingLongOverdueReceivables'
  | 'creditSales'
  | 'collected'
  | 'dueInPeriod';

const AMOUNTS: readonly AmountKey[] = [
  'openingReceivables',
  'endingReceivables',
  'endingCurrentReceivables',
  'endingOverdueReceivables',
  'endingLongOverdueReceivables',
  'creditSales',
  'collected',
  'dueInPeriod',
];

/**
 * All currency lines of `kpiInputs` converted into the reporting currency and added up, exactly
 * (`amount × rate`, never rounded), so that the KPIs can be computed for the whole ledger at once.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` when `--rates` has no rate for a currency of the ledger.
 */
export function convertKpiInputs(
  lines: readonly CurrencyKpiInputs[],
  reportingCurrency: string,
  rates: Readonly<Record<string, string>>,
): { readonly inputs: CurrencyKpiInputs; readonly rates: Readonly<Record<string, string>> } | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const used: Record<string, string> = {};
  const missing = lines.filter(
    (line) => line.currency !== reportingCurrency && !Object.hasOwn(rates, line.currency),
  );
  if (missing.length > 0) {
    const codes = missing.map((line) => line.currency).join(', ');
    throw invalidOption(
      'receivables kpis',
      '--rates',
      Object.entries(rates)
        .map(([code, rate]) => `${code}=${rate}`)
        .join(','),
      `has no rate for ${codes}; --currency ${reportingCurrency} needs one for every currency of the ledger`,
    );
  }
  const sums = Object.fromEntries(AMOUNTS.map((key) => [key, decimal(0)])) as Record<AmountKey, Decimal>;
  const monthly = first.monthlySales.map((month) => ({ ...month, sales: decimal(0) }));
  for (const line of lines) {
    const rate = line.currency === reportingCurrency ? decimal(1) : decimal(rates[line.currency] ?? '0');
    if (line.currency !== reportingCurrency) used[line.currency] = rates[line.currency] ?? '';
    for (const key of AMOUNTS) sums[key] = sums[key].plus(line[key].times(rate));
    line.monthlySales.forEach((month, index) => {
      const target = monthly[index];
      if (target !== undefined)
        monthly[index] = { ...target, sales: target.sales.plus(month.sales.times(rate)) };
    });
  }
  const inputs: CurrencyKpiInputs = {
    ...first,
    ...sums,
    currency: reportingCurrency,
    monthlySales: monthly satisfies MonthlySales[],
  };
  return { inputs, rates: used };
}
