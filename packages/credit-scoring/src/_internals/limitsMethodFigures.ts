import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CreditLimitInput } from '../limits/CreditLimitInput.ts';
import type { CreditLimitMethodFigure } from '../limits/CreditLimitResult.ts';
import { creditLimitMethodLabels } from '../limits/creditLimitMethodLabels.ts';
import { modelsReadAmount } from './modelsReadAmount.ts';
import { modelsReadCount } from './modelsReadCount.ts';
import { modelsReadRate } from './modelsReadRate.ts';

/** The inputs of `creditLimit` that every method shares, read once. @internal */
export interface LimitsTerms {
  readonly creditDays: number;
  readonly newCustomer: boolean;
  readonly workingCapitalShare: Decimal;
}

const ZERO = decimal(0);

/** A negative net worth or working capital supports no credit, rather than a negative limit. */
const atLeastZero = (value: Decimal): Decimal => (value.isNegative() ? ZERO : value);

/**
 * The figure of each of the three methods of spec §1.3, or the inputs it lacks. Every given input is
 * read, so a bad value is reported even when its method could not apply.
 *
 * @internal
 */
export function limitsMethodFigures(
  input: CreditLimitInput,
  terms: LimitsTerms,
  api: string,
): CreditLimitMethodFigure[] {
  const read = (
    field: 'annualCreditSales' | 'averageMonthlyReceipts',
    value: CreditLimitInput[typeof field],
  ) => (value === undefined ? undefined : modelsReadAmount(value, api, field));
  const readSigned = (field: 'netAssets' | 'workingCapital', value: CreditLimitInput[typeof field]) =>
    value === undefined ? undefined : modelsReadAmount(value, api, field, 'any');
  const sales = read('annualCreditSales', input.annualCreditSales);
  const receipts = read('averageMonthlyReceipts', input.averageMonthlyReceipts);
  const netAssets = readSigned('netAssets', input.netAssets);
  const workingCapital = readSigned('workingCapital', input.workingCapital);
  const cycleMonths = modelsReadCount(input.cycleMonths ?? 0, api, 'cycleMonths');
  const ratio = modelsReadRate(input.grade.netAssetRatio, api, 'grade.netAssetRatio', 1);
  const days = terms.creditDays;

  const figure = (
    method: CreditLimitMethodFigure['method'],
    missing: string[],
    amount: () => Decimal,
  ): CreditLimitMethodFigure =>
    missing.length > 0
      ? { method, status: 'skipped', missing, label: creditLimitMethodLabels[method] }
      : { method, status: 'applied', amount: amount(), label: creditLimitMethodLabels[method] };

  const capacityMissing = [
    ...(receipts === undefined && !terms.newCustomer ? ['averageMonthlyReceipts'] : []),
    ...(workingCapital === undefined ? ['workingCapital'] : []),
  ];
  return [
    // S/12 × (days/30 + cycle) written over one denominator, so only the final division rounds.
    figure('salesForecast', sales === undefined ? ['annualCreditSales'] : [], () =>
      sales!.times(days + 30 * cycleMonths).div(360),
    ),
    figure('netAssets', netAssets === undefined ? ['netAssets'] : [], () =>
      atLeastZero(netAssets!).times(ratio),
    ),
    figure('payingCapacity', capacityMissing, () => {
      const fromWorkingCapital = atLeastZero(workingCapital!).times(terms.workingCapitalShare);
      if (terms.newCustomer) return fromWorkingCapital;
      const fromReceipts = receipts!.times(days).div(30);
      return fromReceipts.lessThan(fromWorkingCapital) ? fromReceipts : fromWorkingCapital;
    }),
  ];
}
