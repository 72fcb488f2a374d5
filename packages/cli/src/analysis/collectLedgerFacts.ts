import { computeOpenItems, type OpenItem } from '@receivables/aging';
import {
  addMonths,
  addYears,
  decimal,
  differenceInDays,
  differenceInFullMonths,
  fromMinorUnits,
  type IsoDate,
  type Money,
  maxDate,
  type Portfolio,
} from '@receivables/core';
import type { ReminderHistory } from '@receivables/reminder-policy';
import type { Decimal } from 'decimal.js';
import { type AmountConversion, convertAmount } from './convertAmount.ts';

/** What the ledger alone says about one customer as of a date. @internal */
export interface LedgerFacts {
  readonly onTimeRatio: number | null;
  readonly brokenPromises: number;
  readonly maxDaysPastDue: number;
  readonly monthsTrading: number;
  readonly tradingSince: IsoDate | null;
  readonly openReceivables: Decimal;
  readonly overdue: Decimal;
  readonly unapplied: Decimal;
  readonly averageMonthlyReceipts: Decimal;
  readonly daysToLimitationExpiry: number | null;
  /** Open amounts in currencies with no rate to the customer's currency. */
  readonly unconvertedOpen: readonly Money[];
  /** Unapplied cash and credit in currencies with no rate. */
  readonly unconvertedUnapplied: readonly Money[];
  /** Receipts of the window in currencies with no rate: left out of the average. */
  readonly unconvertedReceipts: readonly Money[];
}

/** The windows and rules the facts are read with. @internal */
export interface LedgerFactsOptions {
  readonly asOf: IsoDate;
  /** The currency the amounts are summed in. */
  readonly currency: string;
  readonly conversion: AmountConversion;
  readonly history: ReminderHistory;
  /** Months back for the on-time ratio and broken promises (spec §1.1: 12). */
  readonly behaviourMonths: number;
  /** Months of receipts averaged (spec §1.3: 6). */
  readonly receiptsMonths: number;
  /** Length of the limitation period in years (spec §5.1: 3). */
  readonly limitationYears: number;
}

/**
 * Reads the behaviour facts of one customer from its own part of the portfolio (see
 * `groupPortfolioByCustomer`): on-time ratio by amount, broken promises, days past due, months
 * trading, open, overdue and unapplied amounts, average monthly receipts and the days left in the
 * limitation period of the oldest open debt.
 *
 * @internal
 */
export function collectLedgerFacts(part: Portfolio, options: LedgerFactsOptions): LedgerFacts {
  const { asOf, currency, conversion } = options;
  const open = computeOpenItems(part, { asOf });
  const zero = decimal(0);
  let openReceivables = zero;
  let overdue = zero;
  let maxDaysPastDue = 0;
  const unconvertedOpen = new Map<string, Decimal>();
  for (const item of open.items) {
    const daysPastDue = differenceInDays(asOf, item.dueDate);
    maxDaysPastDue = Math.max(maxDaysPastDue, daysPastDue);
    const amount = fromMinorUnits(item.openMinor, item.currency);
    const converted = convertAmount(amount, item.currency, currency, conversion);
    if (converted === null) {
      unconvertedOpen.set(item.currency, (unconvertedOpen.get(item.currency) ?? zero).plus(amount));
      continue;
    }
    openReceivables = openReceivables.plus(converted);
    if (daysPastDue > 0) overdue = overdue.plus(converted);
  }
  let unapplied = zero;
  const unconvertedUnapplied = new Map<string, Decimal>();
  for (const line of open.unapplied) {
    const amount = fromMinorUnits(line.amountMinor, line.currency);
    const converted = convertAmount(amount, line.currency, currency, conversion);
    if (converted === null) {
      unconvertedUnapplied.set(line.currency, (unconvertedUnapplied.get(line.currency) ?? zero).plus(amount));
    } else unapplied = unapplied.plus(converted);
  }
  const receipts = collectReceipts(part, options);
  const tradingSince = findTradingStart(part, asOf);
  return {
    onTimeRatio: onTimeRatio(part, options),
    brokenPromises: countBrokenPromises(part, options),
    maxDaysPastDue,
    monthsTrading: tradingSince === null ? 0 : Math.max(0, differenceInFullMonths(asOf, tradingSince)),
    tradingSince,
    openReceivables,
    overdue,
    unapplied,
    averageMonthlyReceipts: receipts.total.div(options.receiptsMonths),
    daysToLimitationExpiry: daysToLimitationExpiry(part, open.items, options),
    unconvertedOpen: toMoneyList(unconvertedOpen),
    unconvertedUnapplied: toMoneyList(unconvertedUnapplied),
    unconvertedReceipts: toMoneyList(receipts.unconverted),
  };
}

function toMoneyList(amounts: ReadonlyMap<string, Decimal>): Money[] {
  return [...amounts]
    .filter(([, amount]) => !amount.isZero())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amount]) => ({ amount, currency }));
}

function findTradingStart(part: Portfolio, asOf: IsoDate): IsoDate | null {
  const onboardedOn = part.customers[0]?.onboardedOn;
  if (onboardedOn !== undefined) return onboardedOn;
  let first: IsoDate | null = null;
  for (const invoice of part.invoices) {
    if (invoice.issueDate <= asOf && (first === null || invoice.issueDate < first)) first = invoice.issueDate;
  }
  return first;
}

function countBrokenPromises(part: Portfolio, options: LedgerFactsOptions): number {
  const since = addMonths(options.asOf, -options.behaviourMonths);
  return part.promises.filter(
    (promise) =>
      promise.status === 'broken' && promise.promisedDate > since && promise.promisedDate <= options.asOf,
  ).length;
}

/**
 * The share of the amount that fell due in the window and was paid (or credited) by its due date.
 * Each due date is looked at once: what was still open on it is what was late.
 */
function onTimeRatio(part: Portfolio, options: LedgerFactsOptions): number | null {
  const { asOf, currency, conversion } = options;
  const since = addMonths(asOf, -options.behaviourMonths);
  const byDay = new Map<IsoDate, { key: string; amount: Decimal; currency: string }[]>();
  for (const invoice of part.invoices) {
    if (invoice.issueDate > asOf) continue;
    for (const instalment of invoice.instalments) {
      if (instalment.dueDate <= since || instalment.dueDate > asOf) continue;
      // An instalment due before its invoice was issued is judged on the issue date.
      const day = maxDate([instalment.dueDate, invoice.issueDate]);
      const list = byDay.get(day) ?? [];
      list.push({
        key: `${invoice.id}#${instalment.index}`,
        amount: instalment.amount,
        currency: invoice.currency,
      });
      byDay.set(day, list);
    }
  }
  if (byDay.size === 0) return null;
  let due = decimal(0);
  let onTime = decimal(0);
  for (const [day, instalments] of byDay) {
    const openOnDay = new Map<string, OpenItem>();
    for (const item of computeOpenItems(part, { asOf: day }).items) {
      openOnDay.set(`${item.invoiceId}#${item.instalment}`, item);
    }
    for (const instalment of instalments) {
      const item = openOnDay.get(instalment.key);
      const late = item === undefined ? decimal(0) : fromMinorUnits(item.openMinor, item.currency);
      // A weight only: without a rate an instalment is weighed in its own currency.
      const weight = (amount: Decimal): Decimal =>
        convertAmount(amount, instalment.currency, currency, conversion) ?? amount;
      due = due.plus(weight(instalment.amount));
      onTime = onTime.plus(weight(instalment.amount.minus(late)));
    }
  }
  return due.isZero() ? null : onTime.div(due).toNumber();
}

function collectReceipts(
  part: Portfolio,
  options: LedgerFactsOptions,
): { total: Decimal; unconverted: Map<string, Decimal> } {
  const since = addMonths(options.asOf, -options.receiptsMonths);
  let total = decimal(0);
  const unconverted = new Map<string, Decimal>();
  for (const payment of part.payments) {
    if (payment.date <= since || payment.date > options.asOf) continue;
    const converted = convertAmount(payment.amount, payment.currency, options.currency, options.conversion);
    if (converted === null) {
      unconverted.set(
        payment.currency,
        (unconverted.get(payment.currency) ?? decimal(0)).plus(payment.amount),
      );
    } else total = total.plus(converted);
  }
  return { total, unconverted };
}

/**
 * Days from the date to the end of the limitation period of the oldest open debt (spec §5.1): each open
 * invoice's period runs from the later of its last due date and its last interruption on or before the
 * date (an acknowledgement or delivered demand in the history, a payment naming the invoice or none),
 * as the reminder planner's limitation guard counts it.
 */
function daysToLimitationExpiry(
  part: Portfolio,
  items: readonly OpenItem[],
  options: LedgerFactsOptions,
): number | null {
  const { asOf, history } = options;
  const openInvoices = new Set(items.map((item) => item.invoiceId));
  if (openInvoices.size === 0) return null;
  const customerId = part.customers[0]?.id;
  const interruptions: { date: IsoDate; invoiceIds: readonly string[] }[] = [];
  for (const event of [...(history.acknowledgements ?? []), ...(history.deliveredDemands ?? [])]) {
    if (event.customerId === customerId && event.date <= asOf) {
      interruptions.push({ date: event.date, invoiceIds: event.invoiceIds ?? [] });
    }
  }
  for (const payment of part.payments) {
    if (payment.date <= asOf) {
      interruptions.push({
        date: payment.date,
        invoiceIds: payment.applications.map((application) => application.invoiceId),
      });
    }
  }
  let least: number | null = null;
  for (const invoice of part.invoices) {
    if (!openInvoices.has(invoice.id)) continue;
    let base = maxDate([invoice.dueDate, ...invoice.instalments.map((instalment) => instalment.dueDate)]);
    for (const event of interruptions) {
      const names = event.invoiceIds.length === 0 || event.invoiceIds.includes(invoice.id);
      if (names && event.date > base) base = event.date;
    }
    const days = differenceInDays(addYears(base, options.limitationYears), asOf);
    if (least === null || days < least) least = days;
  }
  return least;
}
