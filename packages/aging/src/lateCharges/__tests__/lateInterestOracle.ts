import { addDays, compareDates, decimal, differenceInDays, type IsoDate } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { PrincipalPayment } from '../PrincipalPayment.ts';
import type { ReferenceRateTable } from '../ReferenceRateTable.ts';

/** What the oracle needs to know about a debt. */
export interface OracleDebt {
  readonly dueDate: IsoDate;
  readonly asOf: IsoDate;
  readonly principal: string;
  readonly payments?: readonly PrincipalPayment[];
  readonly graceDays?: number;
}

/**
 * The naive statement of the rules, one day at a time: every day from the day after `dueDate + graceDays`
 * through `asOf` earns `balance × rate(day)`, the balance being the principal less every payment that
 * arrived before that day. The sum is the numerator: divide by the day count for annual rates.
 */
export function dayByDayNumerator(debt: OracleDebt, rateOn: (day: IsoDate) => Decimal): Decimal {
  let sum = decimal(0);
  const first = addDays(debt.dueDate, (debt.graceDays ?? 0) + 1);
  for (let day = first; compareDates(day, debt.asOf) <= 0; day = addDays(day, 1)) {
    const paid = (debt.payments ?? [])
      .filter((payment) => compareDates(payment.date, day) < 0)
      .reduce((total, payment) => total.plus(decimal(payment.amount)), decimal(0));
    const balance = decimal(debt.principal).minus(paid);
    if (balance.greaterThan(0)) sum = sum.plus(balance.times(rateOn(day)));
  }
  return sum;
}

/** The entry of a table in force on a day, by a linear scan; `undefined` before the first entry. */
export function referenceOn(table: ReferenceRateTable, day: IsoDate): Decimal | undefined {
  let found: Decimal | undefined;
  for (const entry of table.rates)
    if (compareDates(entry.effectiveFrom, day) <= 0) found = decimal(entry.rate);
  return found;
}

/** The first day of the half-year of a day: 1 January or 1 July. */
export function halfYearStart(day: IsoDate): IsoDate {
  return `${day.slice(0, 4)}-${Number(day.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
}

/** The UK fixing day: 31 December or 30 June just before the half-year in which interest starts. */
export function ukFixingDay(start: IsoDate): IsoDate {
  return addDays(halfYearStart(start), -1);
}

/** Days from the day after `dueDate` through `asOf`: the days past due, 0 when not yet due. */
export function daysPastDue(dueDate: IsoDate, asOf: IsoDate): number {
  return Math.max(0, differenceInDays(asOf, dueDate));
}
