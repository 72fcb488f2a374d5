import type { AmountInput } from '@receivables/core';
import { decimal, describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import type { CountBackDsoResult } from './CountBackDsoResult.ts';
import type { SalesMonth } from './SalesMonth.ts';

/** The figures of {@link countBackDso}, all in one currency. */
export interface CountBackDsoInput {
  /** Total receivables at the end of the newest month. */
  readonly endingReceivables: AmountInput;
  /** Credit sales and days of each month, **newest first**; at least one month. */
  readonly months: readonly SalesMonth[];
}

interface ReadMonth {
  readonly sales: Decimal;
  readonly days: number;
}

/**
 * Computes count-back DSO (Credit Research Foundation): how many days of the most recent sales the
 * ending receivables represent. Unlike the average methods it follows seasonal and growing sales.
 *
 * Method (spec §7.4): take the months newest first; while the receivables left cover a month's sales in
 * full, subtract that month's sales and add its days; at the first month whose sales exceed what is
 * left, add `left ÷ that month's sales × that month's days` and stop.
 *
 * | case | treatment |
 * |---|---|
 * | a month with zero sales reached while receivables remain | its days are added and it is passed over |
 * | receivables exactly used up by a month | that month counts in full; later months are not reached |
 * | receivables larger than all months' sales | `exhausted: true`, `days` is the days of all months (a lower bound), `unmatchedReceivables` says by how much |
 * | zero receivables | 0 days, no month counted |
 *
 * Running out of history is reported rather than thrown because it is routine for a customer who
 * stopped buying; check `exhausted` before showing `days` as a DSO.
 *
 * @param input - Ending receivables and the months of sales, newest first.
 * @returns The DSO in days with the months used; `days` is exact to 60 significant digits, not rounded.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `INVALID_ARGUMENT` when `months` is not a non-empty array of `{ sales, days }` or a month's `days`
 *   is not a positive whole number.
 *
 * @example
 * ```ts
 * import { countBackDso } from '@receivables/aging';
 *
 * // 30 + 31 + 300/500 × 30 = 79: the two newest months in full, then 300 of the third month's 500.
 * const result = countBackDso({
 *   endingReceivables: 1000,
 *   months: [
 *     { sales: 400, days: 30 },
 *     { sales: 300, days: 31 },
 *     { sales: 500, days: 30 },
 *   ],
 * });
 * console.log(result.days.toString(), result.monthsCounted, result.exhausted); // 79 3 false
 *
 * const tooOld = countBackDso({ endingReceivables: 1500, months: [{ sales: 400, days: 31 }] });
 * console.log(tooOld.days.toString(), tooOld.exhausted, tooOld.unmatchedReceivables.toString()); // 31 true 1100
 * ```
 */
export function countBackDso(input: CountBackDsoInput): CountBackDsoResult {
  let left = readAmount(input.endingReceivables, 'countBackDso', 'endingReceivables');
  const months = readMonths(input.months);
  let days = decimal(0);
  let monthsCounted = 0;
  for (const month of months) {
    if (left.isZero()) break;
    monthsCounted += 1;
    if (left.greaterThanOrEqualTo(month.sales)) {
      left = left.minus(month.sales);
      days = days.plus(month.days);
    } else {
      days = days.plus(left.times(month.days).div(month.sales));
      left = decimal(0);
    }
  }
  return { days, monthsCounted, exhausted: !left.isZero(), unmatchedReceivables: left };
}

// Every month is checked, not only those reached, so bad history fails whatever the balance.
function readMonths(months: readonly SalesMonth[]): ReadMonth[] {
  if (!Array.isArray(months) || months.length === 0) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `countBackDso: months: ${describeValue(months)} is not a non-empty array of { sales, days }, newest first`,
      { details: { field: 'months', value: describeValue(months) } },
    );
  }
  return months.map((month: unknown, index) => readMonth(month, `months[${index}]`));
}

function readMonth(month: unknown, field: string): ReadMonth {
  if (typeof month !== 'object' || month === null) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `countBackDso: ${field}: ${describeValue(month)} is not a month of sales { sales, days }`,
      { details: { field, value: describeValue(month) } },
    );
  }
  const { sales, days } = month as SalesMonth;
  if (!Number.isSafeInteger(days) || days <= 0) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `countBackDso: ${field}.days: ${describeValue(days)} is not a positive whole number of days`,
      { details: { field: `${field}.days`, value: typeof days === 'number' ? days : describeValue(days) } },
    );
  }
  return { sales: readAmount(sales, 'countBackDso', `${field}.sales`), days };
}
