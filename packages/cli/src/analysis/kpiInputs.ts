import { computeOpenItems } from '@receivables/aging';
import {
  addDays,
  decimal,
  describeValue,
  differenceInDays,
  fromMinorUnits,
  type IsoDate,
  type Portfolio,
  parseIsoDate,
  ReceivablesError,
  relabelError,
  startOfMonth,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';

/** Options of {@link kpiInputs}. */
export interface KpiInputsOptions {
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The last day of the period (included): the day the closing balances are seen. */
  readonly to: IsoDate;
  /**
   * Balances more than this many days past due count as long overdue (spec §2.5 reports DPD > 90).
   * @defaultValue `90`
   */
  readonly longOverdueDays?: number;
}

/** The credit sales of one calendar month (or of its first days, for the month a period ends in). */
export interface MonthlySales {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** The first day counted: the 1st of the month. */
  readonly from: IsoDate;
  /** The last day counted: the month's last day, or the period's end for the newest month. */
  readonly to: IsoDate;
  /** The days from `from` to `to`, both included. */
  readonly days: number;
  /** The invoices issued from `from` to `to`, in full. */
  readonly sales: Decimal;
}

/**
 * The figures the receivables KPIs need, taken from a ledger for one currency and one period
 * `[from, to]` (both days included). Balances are open items as `computeOpenItems` finds them: gross,
 * disputed parts included, unapplied cash and credit not netted. Exact decimals, never rounded.
 */
export interface CurrencyKpiInputs {
  /** The ISO 4217 code every amount below is in. */
  readonly currency: string;
  /** The first day of the period. */
  readonly from: IsoDate;
  /** The last day of the period: the day the closing balances are seen. */
  readonly to: IsoDate;
  /** The days from `from` to `to`, both included. */
  readonly days: number;
  /** The day the opening balance is seen: the day before `from`. */
  readonly openingDate: IsoDate;
  /** Open receivables at the end of `openingDate`. */
  readonly openingReceivables: Decimal;
  /** Open receivables at the end of `to`. */
  readonly endingReceivables: Decimal;
  /** The part of `endingReceivables` not yet due on `to` (days past due ≤ 0). */
  readonly endingCurrentReceivables: Decimal;
  /** The part of `endingReceivables` past due on `to` (days past due ≥ 1). */
  readonly endingOverdueReceivables: Decimal;
  /** The part of `endingReceivables` more than `longOverdueDays` days past due on `to`. */
  readonly endingLongOverdueReceivables: Decimal;
  /** The threshold of `endingLongOverdueReceivables`, in days past due. */
  readonly longOverdueDays: number;
  /** Credit sales: the invoices issued in the period, in full. */
  readonly creditSales: Decimal;
  /** Collections: the payments dated in the period, in full (credit notes are not cash). */
  readonly collected: Decimal;
  /** What fell due in the period: the instalments with a due date in it, in full. */
  readonly dueInPeriod: Decimal;
  /**
   * Credit sales by calendar month, newest first: the month `to` falls in (up to `to`), then every
   * earlier month back to the month of the ledger's first invoice (the same months for every currency).
   */
  readonly monthlySales: readonly MonthlySales[];
}

interface Tally {
  current: bigint;
  overdue: bigint;
  longOverdue: bigint;
  sales: Decimal;
  collected: Decimal;
  due: Decimal;
  monthly: Map<string, Decimal>;
}

/**
 * Derives from a ledger, per currency, the figures the receivables KPIs of `@receivables/aging` take:
 * opening and ending receivables, the current, overdue and long-overdue parts of the ending balance,
 * the period's credit sales, collections and amounts falling due, and the monthly sales history that
 * count-back DSO walks. One line per currency the ledger holds by `to`, sorted by code; currencies are
 * never mixed.
 *
 * Definitions: receivables are open items as `computeOpenItems` finds them (payments applied as named,
 * then oldest due first), disputed parts included and unapplied cash not netted; the opening balance
 * is seen at the end of the day before `from`; credit sales are invoices issued in the period (credit
 * notes are not subtracted); collections are payments dated in the period; "due in the period" is the
 * instalments whose due date falls in it. Days past due are `to − due date`.
 *
 * (This belongs in `@receivables/aging` next to the KPI functions; it lives in the CLI until it moves.)
 *
 * @param portfolio - A validated portfolio.
 * @param options - The period and the long-overdue threshold.
 * @returns The figures per currency, exact.
 * @throws {ReceivablesError} `INVALID_DATE` for a malformed `from` or `to`; `INVALID_ARGUMENT` when
 *   `from` is after `to` or `longOverdueDays` is not a whole number of days ≥ 0; `DATE_OUT_OF_RANGE`
 *   when the day before `from` does not exist.
 *
 * @example
 * ```ts
 * import { kpiInputs } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }],
 *   invoices: [
 *     { id: 'I1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-10', dueDate: '2026-04-09', amount: '1000.00' },
 *     { id: 'I2', customerId: 'C1', currency: 'CNY', issueDate: '2026-05-20', dueDate: '2026-07-19', amount: '800.00' },
 *   ],
 *   payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-30', amount: '600.00' }],
 * });
 * const [cny] = kpiInputs(portfolio, { from: '2026-04-01', to: '2026-06-30' });
 * console.log(cny?.openingReceivables.toFixed(2), cny?.endingReceivables.toFixed(2)); // 1000.00 1200.00
 * console.log(cny?.endingCurrentReceivables.toFixed(2), cny?.endingOverdueReceivables.toFixed(2)); // 800.00 400.00
 * console.log(cny?.creditSales.toFixed(2), cny?.collected.toFixed(2), cny?.dueInPeriod.toFixed(2)); // 800.00 600.00 1000.00
 * console.log(cny?.monthlySales.map((month) => `${month.month}:${month.sales.toFixed(0)}`)); // ["2026-06:0","2026-05:800","2026-04:0","2026-03:1000"]
 * ```
 */
export function kpiInputs(portfolio: Portfolio, options: KpiInputsOptions): readonly CurrencyKpiInputs[] {
  const api = 'kpiInputs';
  const from = parseIsoDate(options.from, { api, field: 'from' });
  const to = parseIsoDate(options.to, { api, field: 'to' });
  if (from > to) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: the period starts on ${from}, after its end ${to}`,
      {
        details: { field: 'from', from, to },
      },
    );
  }
  const longOverdueDays = options.longOverdueDays ?? 90;
  if (!Number.isSafeInteger(longOverdueDays) || longOverdueDays < 0) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: longOverdueDays: ${describeValue(longOverdueDays)} is not a whole number of days, zero or more`,
      { details: { field: 'longOverdueDays', value: describeValue(longOverdueDays) } },
    );
  }
  let openingDate: IsoDate;
  try {
    openingDate = addDays(from, -1);
  } catch (error) {
    throw relabelError(error, 'addDays', api);
  }
  const opening = computeOpenItems(portfolio, { asOf: openingDate });
  const ending = computeOpenItems(portfolio, { asOf: to });

  const tallies = new Map<string, Tally>();
  const tally = (currency: string): Tally => {
    let found = tallies.get(currency);
    if (found === undefined) {
      found = {
        current: 0n,
        overdue: 0n,
        longOverdue: 0n,
        sales: decimal(0),
        collected: decimal(0),
        due: decimal(0),
        monthly: new Map(),
      };
      tallies.set(currency, found);
    }
    return found;
  };
  for (const line of ending.totals) tally(line.currency);

  for (const item of ending.items) {
    const line = tally(item.currency);
    const daysPastDue = differenceInDays(to, item.dueDate);
    const open = BigInt(item.openMinor);
    if (daysPastDue <= 0) line.current += open;
    else line.overdue += open;
    if (daysPastDue > longOverdueDays) line.longOverdue += open;
  }
  // ISO dates compare as text: the same order as the calendar for years 0001 to 9999.
  let firstIssue: IsoDate | undefined;
  for (const invoice of portfolio.invoices) {
    if (invoice.issueDate > to) continue;
    const line = tally(invoice.currency);
    if (firstIssue === undefined || invoice.issueDate < firstIssue) firstIssue = invoice.issueDate;
    if (invoice.issueDate >= from) line.sales = line.sales.plus(invoice.amount);
    const month = invoice.issueDate.slice(0, 7);
    line.monthly.set(month, (line.monthly.get(month) ?? decimal(0)).plus(invoice.amount));
    for (const instalment of invoice.instalments) {
      if (instalment.dueDate >= from && instalment.dueDate <= to) line.due = line.due.plus(instalment.amount);
    }
  }
  for (const payment of portfolio.payments) {
    if (payment.date >= from && payment.date <= to) {
      const line = tally(payment.currency);
      line.collected = line.collected.plus(payment.amount);
    }
  }

  const months = calendarMonths(firstIssue, to);
  return [...tallies.keys()].sort().map((currency): CurrencyKpiInputs => {
    const line = tally(currency);
    return {
      currency,
      from,
      to,
      days: differenceInDays(to, from) + 1,
      openingDate,
      openingReceivables: openOf(opening.totals, currency),
      endingReceivables: openOf(ending.totals, currency),
      endingCurrentReceivables: fromMinorUnits(line.current, currency),
      endingOverdueReceivables: fromMinorUnits(line.overdue, currency),
      endingLongOverdueReceivables: fromMinorUnits(line.longOverdue, currency),
      longOverdueDays,
      creditSales: line.sales,
      collected: line.collected,
      dueInPeriod: line.due,
      monthlySales: months.map((month) => ({ ...month, sales: line.monthly.get(month.month) ?? decimal(0) })),
    };
  });
}

function openOf(
  totals: readonly { readonly currency: string; readonly open: Decimal }[],
  currency: string,
): Decimal {
  return totals.find((line) => line.currency === currency)?.open ?? decimal(0);
}

/** The calendar months from the one `to` falls in back to the one `first` falls in, newest first. */
function calendarMonths(first: IsoDate | undefined, to: IsoDate): Omit<MonthlySales, 'sales'>[] {
  const months: Omit<MonthlySales, 'sales'>[] = [];
  if (first === undefined) return months;
  const oldest = startOfMonth(first);
  let start = startOfMonth(to);
  let end = to;
  for (;;) {
    months.push({ month: start.slice(0, 7), from: start, to: end, days: differenceInDays(end, start) + 1 });
    if (start <= oldest) return months;
    end = addDays(start, -1);
    start = startOfMonth(end);
  }
}
