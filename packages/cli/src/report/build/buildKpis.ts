import {
  type AgedBalance,
  type AgingReport,
  ageReceivables,
  averageDaysDelinquent,
  bestPossibleDso,
  collectionEffectivenessIndex,
  longOverdueShare,
  overdueRate,
  standardDso,
} from '@receivables/aging';
import {
  addDays,
  addMonths,
  currencyMinorUnits,
  decimal,
  type IsoDate,
  isReceivablesError,
  type Portfolio,
  roundHalfUp,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { groupDigits } from '../html/groupDigits.ts';
import type { ReportKpi, ReportKpis } from '../ReportData.ts';
import type { ReportKpiId, ReportTexts } from '../ReportTexts.ts';

/** What `buildKpis` needs besides the aging report. @internal */
export interface KpiContext {
  readonly texts: ReportTexts;
  readonly portfolio: Portfolio;
  readonly reportingCurrency?: string;
  readonly rates: Readonly<Record<string, string>>;
}

/** Credit sales of a window in one currency, or the currencies that could not be converted. */
type Sales = { readonly amount: Decimal } | { readonly missing: readonly string[] };

/** The KPI could not be computed, for this reason (already in words). */
class Undefined {
  constructor(readonly reason: string) {}
}

/**
 * The KPIs as of the aging report's date, computed on the reporting-currency total when there is one,
 * else on each currency's line: open receivables, overdue rate, share over 90 days, amount-weighted days
 * past due, standard DSO and best possible DSO over the 365 days up to the date with the average days
 * delinquent between them, and the CEI of the last 3 months (beginning balance from a second aging as
 * of the day before the window). Credit sales are the invoices issued in the window (converted exactly
 * with the run's rates). A KPI that is undefined (nothing open, no sales, a missing rate) is shown with
 * a dash and the reason, never as a made-up number.
 *
 * @param aging - The aging report as of the date (management buckets).
 * @param context - Words, ledger and conversion.
 * @returns The section.
 * @internal
 */
export function buildKpis(aging: AgingReport, context: KpiContext): ReportKpis {
  const { texts } = context;
  const lines: readonly AgedBalance[] = aging.reporting ? [aging.reporting.total] : aging.currencies;
  const beginDate = addMonths(aging.asOf, -3);
  let begin: AgingReport | Undefined | undefined;
  const beginning = (): AgingReport | Undefined => {
    begin ??= ageBeginning(aging, beginDate, context);
    return begin;
  };
  const items = lines.flatMap((line) =>
    lineKpis(line, aging, context, beginDate, beginning).map((kpi) =>
      lines.length > 1
        ? { ...kpi, id: `${kpi.id}:${line.currency}`, label: texts.kpis.inCurrency(kpi.label, line.currency) }
        : kpi,
    ),
  );
  return { title: texts.kpis.title, description: texts.kpis.description(aging.asOf), items };
}

function lineKpis(
  line: AgedBalance,
  aging: AgingReport,
  context: KpiContext,
  beginDate: IsoDate,
  beginning: () => AgingReport | Undefined,
): ReportKpi[] {
  const { texts } = context;
  const currency = line.currency;
  const money = (value: Decimal): string =>
    `${currency} ${groupDigits(roundHalfUp(value, currencyMinorUnits(currency)).toFixed(currencyMinorUnits(currency)))}`;
  const sumBuckets = (wanted: (from: number | undefined, to: number | undefined) => boolean): Decimal =>
    aging.scheme.buckets.reduce((sum, bucket, index) => {
      const balance = line.buckets[index]?.balance ?? decimal(0);
      return wanted(bucket.from, bucket.to) ? sum.plus(balance) : sum;
    }, decimal(0));
  const current = sumBuckets((_from, to) => to !== undefined && to <= 0);
  const longOverdue = sumBuckets((from) => from !== undefined && from > 90);
  const dsoFrom = addDays(aging.asOf, -364);
  const yearSales = creditSales(context, currency, dsoFrom, aging.asOf);
  const quarterSales = creditSales(context, currency, addDays(beginDate, 1), aging.asOf);
  const figures: Record<string, string> = {
    balance: money(line.balance),
    overdue: money(line.overdue),
    longOverdue: money(longOverdue),
    current: money(current),
    sales: 'amount' in yearSales ? money(yearSales.amount) : '–',
    window: texts.kpis.salesWindow(dsoFrom, aging.asOf),
    beginDate,
    // Filled in by the CEI below when its figures exist.
    begin: '–',
    quarterSales: '–',
  };
  const noBalance = new Undefined(texts.kpis.noBalance);
  const salesOf = (sales: Sales): Decimal | Undefined =>
    'amount' in sales ? sales.amount : new Undefined(texts.kpis.missingRate(sales.missing.join(', ')));

  const dso = attempt(texts, texts.kpis.noSales, () => {
    const sales = salesOf(yearSales);
    return sales instanceof Undefined
      ? sales
      : standardDso({ endingReceivables: line.balance, creditSales: sales, dayCount: 365 });
  });
  const bpdso = attempt(texts, texts.kpis.noSales, () => {
    const sales = salesOf(yearSales);
    return sales instanceof Undefined
      ? sales
      : bestPossibleDso({ currentReceivables: current, creditSales: sales, dayCount: 365 });
  });
  const cei = attempt(texts, texts.kpis.nothingCollectable, () => {
    const start = beginning();
    const sales = salesOf(quarterSales);
    if (start instanceof Undefined) return start;
    if (sales instanceof Undefined) return sales;
    const startLine = start.reporting
      ? start.reporting.total
      : start.currencies.find((l) => l.currency === currency);
    const beginBalance = startLine?.balance ?? decimal(0);
    figures.begin = money(beginBalance);
    figures.quarterSales = money(sales);
    return collectionEffectivenessIndex({
      beginningReceivables: beginBalance,
      creditSales: sales,
      months: 3,
      endingReceivables: line.balance,
      endingCurrentReceivables: current,
    });
  });

  const results: readonly (readonly [ReportKpiId, Decimal | Undefined, 'amount' | 'percent' | 'days'])[] = [
    ['openBalance', line.balance, 'amount'],
    [
      'overdueRate',
      attempt(texts, texts.kpis.noBalance, () =>
        overdueRate({ overdue: line.overdue, total: line.balance }).times(100),
      ),
      'percent',
    ],
    [
      'longOverdueShare',
      attempt(texts, texts.kpis.noBalance, () =>
        longOverdueShare({ longOverdue, total: line.balance }).times(100),
      ),
      'percent',
    ],
    ['weightedDaysPastDue', line.weightedAverageDaysPastDue ?? noBalance, 'days'],
    ['dso', dso, 'days'],
    ['bestPossibleDso', bpdso, 'days'],
    [
      'averageDaysDelinquent',
      dso instanceof Undefined
        ? dso
        : bpdso instanceof Undefined
          ? bpdso
          : averageDaysDelinquent({ dso, bestPossibleDso: bpdso }),
      'days',
    ],
    ['cei', cei, 'percent'],
  ];
  return results.map(([id, result, unit]) => {
    const text = texts.kpis.items[id];
    const base = { id, label: text.label, definition: text.definition, formula: text.formula(figures) };
    if (result instanceof Undefined) {
      return { ...base, value: null, display: texts.kpis.undefinedValue(result.reason) };
    }
    if (unit === 'amount') {
      const value = result.toFixed(currencyMinorUnits(currency));
      return { ...base, value, display: `${currency} ${groupDigits(value)}` };
    }
    const value = roundHalfUp(result, unit === 'percent' ? 2 : 1).toFixed(unit === 'percent' ? 2 : 1);
    return { ...base, value, display: unit === 'percent' ? `${value}%` : texts.kpis.days(value) };
  });
}

/**
 * Runs a KPI, turning the domain's "undefined here" errors into a reason: a zero (or, for CEI, negative)
 * denominator gives `zeroReason`, a period without sales `noSales`. Any other error is a real failure.
 */
function attempt(
  texts: ReportTexts,
  zeroReason: string,
  compute: () => Decimal | Undefined,
): Decimal | Undefined {
  try {
    return compute();
  } catch (error) {
    if (isReceivablesError(error, 'ZERO_DENOMINATOR')) return new Undefined(zeroReason);
    if (isReceivablesError(error, 'NO_SALES_IN_PERIOD')) return new Undefined(texts.kpis.noSales);
    if (zeroReason === texts.kpis.nothingCollectable && isReceivablesError(error, 'INVALID_ARGUMENT')) {
      return new Undefined(zeroReason);
    }
    throw error;
  }
}

/** Invoices issued from `from` to `to` (both included), in the line's currency or converted to it. */
function creditSales(context: KpiContext, currency: string, from: IsoDate, to: IsoDate): Sales {
  let amount = decimal(0);
  const missing = new Set<string>();
  for (const invoice of context.portfolio.invoices) {
    if (invoice.issueDate < from || invoice.issueDate > to) continue;
    if (invoice.currency === currency) {
      amount = amount.plus(invoice.amount);
    } else if (context.reportingCurrency === currency) {
      const rate = context.rates[invoice.currency];
      if (rate === undefined) missing.add(invoice.currency);
      else amount = amount.plus(invoice.amount.times(rate));
    }
  }
  return missing.size > 0 ? { missing: [...missing].sort() } : { amount };
}

function ageBeginning(aging: AgingReport, beginDate: IsoDate, context: KpiContext): AgingReport | Undefined {
  try {
    return ageReceivables(context.portfolio, {
      asOf: beginDate,
      buckets: aging.scheme,
      ...(context.reportingCurrency === undefined
        ? {}
        : { reportingCurrency: context.reportingCurrency, rates: context.rates }),
    });
  } catch (error) {
    if (!isReceivablesError(error, 'MISSING_EXCHANGE_RATE')) throw error;
    const missing = error.details.missing;
    return new Undefined(
      context.texts.kpis.missingRate(Array.isArray(missing) ? missing.join(', ') : String(missing)),
    );
  }
}
