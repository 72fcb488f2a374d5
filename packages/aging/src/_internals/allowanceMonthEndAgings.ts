import { addDays, describeValue, endOfMonth, type IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from './allowanceArgument.ts';
import { allowanceBucketAmounts } from './allowanceBucketAmounts.ts';
import type { AllowanceCurrency } from './allowanceCurrency.ts';
import { allowanceReadDate } from './allowanceReadDate.ts';

/** Month-end agings read and checked, oldest first. @internal */
export interface AllowanceAgingSeries {
  readonly dates: readonly IsoDate[];
  /** The balance per bucket at each date; a bucket absent from a map has a zero balance. */
  readonly balances: readonly ReadonlyMap<string, Decimal>[];
}

/**
 * Reads the agings of a roll-rate history: at least two, each dated at a month-end, each the month after
 * the one before (a gap or a mid-month date would make the "a month later" of a roll rate false), with
 * balances in the known buckets.
 *
 * @internal
 */
export function allowanceMonthEndAgings(
  input: unknown,
  context: {
    readonly api: string;
    readonly currency: AllowanceCurrency;
    readonly known: ReadonlySet<string>;
  },
): AllowanceAgingSeries {
  const { api } = context;
  if (!Array.isArray(input) || input.length < 2) {
    throw allowanceArgumentError(
      api,
      `agings: ${describeValue(input)} is not a list of at least two consecutive month-end agings, oldest first`,
    );
  }
  const dates: IsoDate[] = [];
  const balances = input.map((aging: unknown, index) => {
    const { asOf, balances: amounts } = (typeof aging === 'object' && aging !== null ? aging : {}) as {
      asOf?: unknown;
      balances?: unknown;
    };
    const date = allowanceReadDate(asOf, api, `agings[${index}].asOf`);
    requireNextMonthEnd(date, dates[index - 1], index, api);
    dates.push(date);
    return allowanceBucketAmounts(amounts, {
      ...context,
      path: ['agings', index, 'balances'],
      knownFrom: 'bucketOrder',
    });
  });
  return { dates, balances };
}

function requireNextMonthEnd(date: IsoDate, previous: IsoDate | undefined, index: number, api: string): void {
  if (endOfMonth(date) !== date) {
    throw allowanceArgumentError(
      api,
      `agings[${index}].asOf: ${date} is not a month-end (${endOfMonth(date)} is)`,
    );
  }
  if (previous === undefined) return;
  const expected = endOfMonth(addDays(previous, 1));
  if (date !== expected) {
    throw allowanceArgumentError(
      api,
      `agings[${index}].asOf: ${date} does not follow ${previous}; the next month-end is ${expected} (agings are consecutive month-ends, oldest first)`,
    );
  }
}
