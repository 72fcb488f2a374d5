import { type AmountInput, ReceivablesError, type RoundingMode, roundHalfUp } from '@receivables/core';
import {
  type AgedBalancesConversion,
  type AgedBalancesPart,
  agedBalancesConvertedLine,
} from '../_internals/agedBalancesConvertedLine.ts';
import { agedBalancesGroupCells, agedBalancesSorted } from '../_internals/agedBalancesGroupCells.ts';
import { type AgedBalancesLineContext, agedBalancesLine } from '../_internals/agedBalancesLine.ts';
import { agedBalancesReadRates } from '../_internals/agedBalancesReadRates.ts';
import { compareText } from '../_internals/openItemsCompareText.ts';
import type { AgedBalance } from './AgedBalance.ts';
import type { AgingAccumulator } from './AgingAccumulator.ts';
import type { AgingCell } from './AgingCell.ts';
import type { AgingReport } from './AgingReport.ts';
import type { CustomerAgedBalance } from './CustomerAgedBalance.ts';
import type { GroupAgedBalance } from './GroupAgedBalance.ts';

/** Options of {@link agingResult}. */
export interface AgingResultOptions {
  /**
   * An ISO 4217 code to convert the whole report to, with `rates`.
   * @defaultValue none: figures stay in their own currencies
   */
  readonly reportingCurrency?: string;
  /**
   * Units of the reporting currency per unit of each currency present, e.g. `{ USD: '7.1234' }`.
   * @defaultValue `{}`
   */
  readonly rates?: Readonly<Record<string, AmountInput>>;
  /**
   * How converted amounts are rounded to the reporting currency's minor unit, and averages of days
   * past due to 2 decimals.
   * @defaultValue `roundHalfUp`
   */
  readonly rounding?: RoundingMode;
}

const API = 'agingResult';

/**
 * Reads an accumulator as an aging report (the issue's `result`), leaving the accumulator unchanged:
 * totals per currency (never mixed), per customer and currency, and per `groupBy` tag value and
 * currency, each with its buckets, overdue balance with and without disputed parts, unapplied cash
 * beside, oldest and amount-weighted average days past due (spec §2.1–2.2, §2.5).
 *
 * With `reportingCurrency`, everything is also converted: each currency's exact figures times the
 * caller's rate, added, then rounded once (spec: round only at the end). Converted bucket balances are
 * split from their once-rounded total by largest remainder, so the buckets still foot to the total.
 *
 * @param accumulator - From `createAgingAccumulator`, filled and possibly merged.
 * @param options - The reporting currency, its rates and the rounding mode.
 * @returns The report; amounts as exact `Decimal`s.
 * @throws {ReceivablesError} `MISSING_EXCHANGE_RATE` naming every currency present without a rate;
 *   `INVALID_RATE` for a rate that is not a positive decimal (or not 1 for the reporting currency
 *   itself); `INVALID_CURRENCY` for an unknown reporting currency; `INVALID_ARGUMENT` for rates without
 *   a reporting currency or a `rounding` that is not a rounding function.
 *
 * @example
 * ```ts
 * import { addOpenItem, agingResult, createAgingAccumulator } from '@receivables/aging';
 *
 * const accumulator = createAgingAccumulator({ asOf: '2026-06-30' });
 * const item = (currency: string, openMinor: number) => ({
 *   customerId: 'C1', invoiceId: `INV-${currency}`, instalment: 1, role: 'final', currency,
 *   documentDate: '2026-04-01', dueDate: '2026-05-01', originalMinor: openMinor, openMinor, disputedMinor: 0,
 * }) as const;
 * addOpenItem(accumulator, item('CNY', 100000));
 * addOpenItem(accumulator, item('USD', 10000));
 * const report = agingResult(accumulator, { reportingCurrency: 'CNY', rates: { USD: '7.1234' } });
 * console.log(report.currencies.map((line) => `${line.currency} ${line.balance.toFixed(2)}`)); // ["CNY 1000.00","USD 100.00"]
 * console.log(report.reporting?.total.balance.toFixed(2), report.reporting?.rates.USD?.toString()); // 1712.34 7.1234
 * ```
 */
export function agingResult(accumulator: AgingAccumulator, options: AgingResultOptions = {}): AgingReport {
  const rounding = options.rounding ?? roundHalfUp;
  if (typeof rounding !== 'function') {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${API}: rounding is not a rounding function such as roundHalfUp`,
      {
        details: { field: 'rounding' },
      },
    );
  }
  const context: AgedBalancesLineContext = {
    scheme: accumulator.scheme,
    disputed: accumulator.disputed,
    rounding,
  };
  const byCustomer = agedBalancesSorted(accumulator.cells);
  const byCurrency = agedBalancesSorted(
    agedBalancesGroupCells(accumulator, () => '').get('')?.byCurrency ?? new Map(),
  );
  const byGroup = groupsOf(accumulator);
  const report: AgingReport = {
    asOf: accumulator.asOf,
    basis: accumulator.basis,
    scheme: accumulator.scheme,
    disputed: accumulator.disputed,
    currencies: byCurrency.map(([currency, cell]) => agedBalancesLine(cell, currency, context)),
    customers: byCustomer.flatMap(([customerId, cells]) =>
      agedBalancesSorted(cells).map(([currency, cell]) =>
        customerLine(customerId, agedBalancesLine(cell, currency, context)),
      ),
    ),
    groups: byGroup.flatMap(({ tag, value, cells }) =>
      agedBalancesSorted(cells).map(([currency, cell]) =>
        groupLine(tag, value, agedBalancesLine(cell, currency, context)),
      ),
    ),
  };
  if (options.reportingCurrency === undefined) {
    if (options.rates !== undefined && Object.keys(options.rates).length > 0) {
      throw new ReceivablesError(
        'INVALID_ARGUMENT',
        `${API}: rates were given without a reportingCurrency to convert to`,
        {
          details: { field: 'reportingCurrency' },
        },
      );
    }
    return report;
  }
  const rates = agedBalancesReadRates(
    options.reportingCurrency,
    options.rates ?? {},
    byCurrency.map(([currency]) => currency),
    API,
  );
  const conversion: AgedBalancesConversion = { currency: options.reportingCurrency, rates };
  const convert = (cells: ReadonlyMap<string, AgingCell>): AgedBalance =>
    agedBalancesConvertedLine(partsOf(cells), conversion, context, API);
  return {
    ...report,
    reporting: {
      currency: options.reportingCurrency,
      rates,
      total: convert(new Map(byCurrency)),
      customers: byCustomer.map(
        ([customerId, cells]): CustomerAgedBalance => ({ customerId, ...convert(cells) }),
      ),
      groups: byGroup.map(({ tag, value, cells }) => groupLine(tag, value, convert(cells))),
    },
  };
}

interface Group {
  readonly tag: string;
  readonly value: string | null;
  readonly cells: ReadonlyMap<string, AgingCell>;
}

/** Tags in `groupBy` order; within a tag, values in code-unit order with `null` (untagged) last. */
function groupsOf(accumulator: AgingAccumulator): Group[] {
  return accumulator.groupBy.flatMap((tag, position) => {
    const groups = agedBalancesGroupCells(
      accumulator,
      (customerId) => accumulator.tagValues.get(customerId)?.[position] ?? null,
    );
    return [...groups.values()]
      .sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : compareText(a.key, b.key)))
      .map((group) => ({ tag, value: group.key, cells: group.byCurrency }));
  });
}

function partsOf(cells: ReadonlyMap<string, AgingCell>): AgedBalancesPart[] {
  return [...cells].map(([currency, cell]) => ({ currency, cell }));
}

/** A customer's line: built field by field, since a spread copy is slow over tens of thousands of lines. */
function customerLine(customerId: string, line: AgedBalance): CustomerAgedBalance {
  return {
    customerId,
    currency: line.currency,
    buckets: line.buckets,
    balance: line.balance,
    disputed: line.disputed,
    count: line.count,
    overdue: line.overdue,
    overdueExcludingDisputed: line.overdueExcludingDisputed,
    unapplied: line.unapplied,
    oldestDaysPastDue: line.oldestDaysPastDue,
    weightedAverageDaysPastDue: line.weightedAverageDaysPastDue,
  };
}

function groupLine(tag: string, value: string | null, line: AgedBalance): GroupAgedBalance {
  return {
    tag,
    value,
    currency: line.currency,
    buckets: line.buckets,
    balance: line.balance,
    disputed: line.disputed,
    count: line.count,
    overdue: line.overdue,
    overdueExcludingDisputed: line.overdueExcludingDisputed,
    unapplied: line.unapplied,
    oldestDaysPastDue: line.oldestDaysPastDue,
    weightedAverageDaysPastDue: line.weightedAverageDaysPastDue,
  };
}
