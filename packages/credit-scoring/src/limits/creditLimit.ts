import {
  type AmountInput,
  decimal,
  describeValue,
  money,
  ReceivablesError,
  relabelError,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { limitsCombine } from '../_internals/limitsCombine.ts';
import { limitsMethodFigures } from '../_internals/limitsMethodFigures.ts';
import { modelsReadCount } from '../_internals/modelsReadCount.ts';
import { modelsReadRate } from '../_internals/modelsReadRate.ts';
import type { CreditLimitCombination } from './CreditLimitCombination.ts';
import type { CreditLimitInput } from './CreditLimitInput.ts';
import type { AppliedCreditLimitMethod, CreditLimitResult } from './CreditLimitResult.ts';

/** Options of {@link creditLimit}; every number is a spec §1.3 default you may change. */
export interface CreditLimitOptions {
  /**
   * How the figures of the methods that apply are combined.
   * @defaultValue `'minimum'`
   */
  readonly combination?: CreditLimitCombination;
  /**
   * The limit is rounded down to a multiple of this amount, in the input's currency.
   * @defaultValue `10000` (¥10,000)
   */
  readonly step?: AmountInput;
  /**
   * Customers trading with us for fewer months than this are new: their paying capacity uses the
   * working-capital term only, and their limit is multiplied by `newCustomerFactor`.
   * @defaultValue `6`
   */
  readonly newCustomerMonths?: number;
  /**
   * The factor applied to a new customer's limit.
   * @defaultValue `'0.5'`
   */
  readonly newCustomerFactor?: AmountInput;
  /**
   * The share of working capital the paying-capacity method allows.
   * @defaultValue `'0.10'`
   */
  readonly workingCapitalShare?: AmountInput;
}

const API = 'creditLimit';
const COMBINATIONS: readonly CreditLimitCombination[] = ['minimum', 'average', 'median'];

/**
 * Sets a customer's credit limit by the three methods of spec §1.3 and shows each figure:
 * - sales forecast: `L1 = S_year / 12 × (creditDays / 30 + cycleMonths)`;
 * - net assets: `L2 = netAssets × r`, r being the grade's net-asset ratio;
 * - paying capacity: `L3 = min(averageMonthlyReceipts × creditDays / 30, workingCapital × 10%)`, the
 *   working-capital term alone for new customers.
 *
 * A method with a missing input is skipped and listed with what it lacked. The figures of the others
 * are combined (the minimum by default, so the limit is never above any single method's figure),
 * multiplied by 0.5 for a new customer, then rounded down to a multiple of ¥10,000. The factor comes
 * before the rounding so that the final limit is always a whole number of steps.
 *
 * @param input - The customer's grade, trading history and the figures the methods read.
 * @param options - The combination rule, the rounding step and the new-customer rules.
 * @returns The limit as money, every method's figure or the inputs it lacked, and each adjustment.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when no method has its inputs, for an unknown
 *   combination, or for day and month counts that are not whole numbers of zero or more;
 *   `INVALID_AMOUNT` for an amount that is not a finite decimal or a size that is negative, or a step
 *   that is not positive; `INVALID_RATE` for a ratio, share or factor that is negative or not a number;
 *   `INVALID_CURRENCY` for an unknown currency; `AMOUNT_TOO_PRECISE` for a step finer than the currency.
 *
 * @example
 * ```ts
 * import { creditLimit, defaultGradeScale } from '@receivables/credit-scoring';
 *
 * const result = creditLimit({
 *   currency: 'CNY',
 *   grade: defaultGradeScale.grades[1]!, // AA: r = 15%, 60 credit days
 *   monthsTrading: 24,
 *   annualCreditSales: '2400000',
 *   cycleMonths: 1,
 *   netAssets: '3000000',
 *   averageMonthlyReceipts: '250000',
 *   workingCapital: '5000000',
 * });
 * console.log(result.methods.map((method) => method.status === 'applied' ? method.amount.toString() : 'skipped')); // ["600000","450000","500000"]
 * console.log(result.limit.amount.toString(), result.limit.currency); // 450000 CNY
 * ```
 */
export function creditLimit(input: CreditLimitInput, options: CreditLimitOptions = {}): CreditLimitResult {
  const combination = readCombination(options.combination ?? 'minimum');
  const step = readStep(options.step ?? 10000, input.currency);
  const creditDays = modelsReadCount(input.creditDays ?? input.grade.maxCreditDays, API, 'creditDays');
  const monthsTrading = modelsReadCount(input.monthsTrading, API, 'monthsTrading');
  const newCustomer =
    monthsTrading < modelsReadCount(options.newCustomerMonths ?? 6, API, 'newCustomerMonths');
  const newCustomerFactor = modelsReadRate(options.newCustomerFactor ?? '0.5', API, 'newCustomerFactor');
  const workingCapitalShare = modelsReadRate(
    options.workingCapitalShare ?? '0.10',
    API,
    'workingCapitalShare',
  );
  const methods = limitsMethodFigures(input, { creditDays, newCustomer, workingCapitalShare }, API);
  const applied = methods.filter((method): method is AppliedCreditLimitMethod => method.status === 'applied');
  if (applied.length === 0) throw noMethodApplies(methods);
  const combined = limitsCombine(
    applied.map((method) => method.amount),
    combination,
  );
  const factor = newCustomer ? newCustomerFactor : decimal(1);
  const limit = combined.times(factor).divToInt(step).times(step);
  return {
    limit: money(limit, input.currency),
    methods,
    combination,
    combined,
    newCustomer,
    factor,
    step,
  };
}

function readCombination(value: CreditLimitCombination): CreditLimitCombination {
  if (COMBINATIONS.includes(value)) return value;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${API}: combination ${describeValue(value)} is not one of 'minimum', 'average', 'median'`,
    { details: { field: 'combination', value: describeValue(value) } },
  );
}

function readStep(value: AmountInput, currency: string): Decimal {
  let step: Decimal;
  try {
    step = money(value, currency, { field: 'step' }).amount;
  } catch (error) {
    throw relabelError(error, 'money', API);
  }
  if (step.lessThanOrEqualTo(0)) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${API}: step: ${describeValue(value)} is not a positive amount`,
      {
        details: { field: 'step', value: step.toString() },
      },
    );
  }
  return step;
}

function noMethodApplies(methods: CreditLimitResult['methods']): ReceivablesError {
  const needs = methods
    .map(
      (method) => `${method.method} needs ${method.status === 'skipped' ? method.missing.join(' and ') : ''}`,
    )
    .join('; ');
  return new ReceivablesError('INVALID_ARGUMENT', `${API}: no method has its inputs: ${needs}`, {
    details: { methods: methods.map((method) => method.method) },
  });
}
