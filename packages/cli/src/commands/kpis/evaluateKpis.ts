import {
  averageDaysDelinquent,
  bestPossibleDso,
  collectionEffectivenessIndex,
  collectionRate,
  countBackDso,
  type DayCount,
  longOverdueShare,
  overdueRate,
  receivablesTurnover,
  standardDso,
  turnoverDso,
} from '@receivables/aging';
import { decimal, isReceivablesError, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CurrencyKpiInputs } from '../../analysis/kpiInputs.ts';
import type { KpiFigure, KpiFigureId, KpiId, KpiUnit, KpiValue } from './KpiValue.ts';

/** Options of {@link evaluateKpis}. */
export interface EvaluateKpisOptions {
  /**
   * The days DSO-type KPIs scale by: `'actual'`, the period's own days (both ends included), or `360` /
   * `365` for a one-year period counted by convention.
   * @defaultValue `'actual'`
   */
  readonly dayCount?: 'actual' | 360 | 365;
}

/**
 * Computes every receivables KPI of `@receivables/aging` that a ledger supports, for one currency line
 * of {@link kpiInputs}: standard, count-back and best possible DSO, average days delinquent, turnover and
 * DSO from turnover, CEI, overdue rate, long-overdue share and collection rate. Each comes with the
 * figures it was computed from. A KPI that is undefined for the figures (no sales in the period,
 * nothing due, a zero balance) gets `value: null` and the reason, instead of failing the others.
 *
 * CEI's N is the period's days × 12 ÷ 365 rounded to a whole number of months (90 days → 3); a period
 * shorter than half a month has no CEI. Values are exact, never rounded.
 *
 * @param inputs - One currency line of `kpiInputs` (or its conversion into a reporting currency).
 * @param options - The day count of the DSO-type KPIs.
 * @returns One value per KPI, in the order of `KpiId`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an unknown `dayCount`.
 *
 * @example
 * ```ts
 * import { evaluateKpis, kpiInputs } from '@receivables/cli';
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
 * const kpis = cny === undefined ? [] : evaluateKpis(cny);
 * const dso = kpis.find((kpi) => kpi.id === 'standardDso');
 * console.log(dso?.value?.toFixed(2), dso?.figures.map((figure) => figure.id)); // 136.50 ["endingReceivables","creditSales","days"]
 * console.log(kpis.find((kpi) => kpi.id === 'overdueRate')?.value?.toFixed(4)); // 0.3333
 * ```
 */
export function evaluateKpis(
  inputs: CurrencyKpiInputs,
  options: EvaluateKpisOptions = {},
): readonly KpiValue[] {
  const basis = options.dayCount ?? 'actual';
  if (basis !== 'actual' && basis !== 360 && basis !== 365) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `evaluateKpis: dayCount ${String(basis)} is not 'actual', 360 or 365`,
      {
        details: { field: 'dayCount', value: String(basis) },
      },
    );
  }
  const dayCount: DayCount = basis === 'actual' ? { from: inputs.from, to: inputs.to } : basis;
  const days = decimal(basis === 'actual' ? inputs.days : basis);
  const months = Math.round((inputs.days * 12) / 365);
  const figure = (id: KpiFigureId, value: Decimal): KpiFigure => ({ id, value });
  const ending = figure('endingReceivables', inputs.endingReceivables);
  const current = figure('endingCurrentReceivables', inputs.endingCurrentReceivables);
  const opening = figure('openingReceivables', inputs.openingReceivables);
  const sales = figure('creditSales', inputs.creditSales);
  const daysFigure = figure('days', days);

  const dso = attempt('standardDso', 'days', [ending, sales, daysFigure], () =>
    standardDso({ endingReceivables: inputs.endingReceivables, creditSales: inputs.creditSales, dayCount }),
  );
  const bpdso = attempt('bestPossibleDso', 'days', [current, sales, daysFigure], () =>
    bestPossibleDso({
      currentReceivables: inputs.endingCurrentReceivables,
      creditSales: inputs.creditSales,
      dayCount,
    }),
  );
  return [
    dso,
    countBack(inputs, ending),
    bpdso,
    averageDelinquency(dso, bpdso),
    attempt('receivablesTurnover', 'times', [sales, opening, ending], () =>
      receivablesTurnover({
        sales: inputs.creditSales,
        openingReceivables: inputs.openingReceivables,
        closingReceivables: inputs.endingReceivables,
      }),
    ),
    attempt('turnoverDso', 'days', [sales, opening, ending, daysFigure], () =>
      turnoverDso({
        sales: inputs.creditSales,
        openingReceivables: inputs.openingReceivables,
        closingReceivables: inputs.endingReceivables,
        dayCount,
      }),
    ),
    attempt(
      'collectionEffectivenessIndex',
      'percent',
      [opening, sales, figure('months', decimal(months)), ending, current],
      () => {
        if (months < 1) {
          throw new ReceivablesError(
            'INVALID_ARGUMENT',
            `evaluateKpis: the period of ${inputs.days} days is shorter than half a month; CEI needs whole months`,
            { details: { field: 'days', value: inputs.days } },
          );
        }
        return collectionEffectivenessIndex({
          beginningReceivables: inputs.openingReceivables,
          creditSales: inputs.creditSales,
          months,
          endingReceivables: inputs.endingReceivables,
          endingCurrentReceivables: inputs.endingCurrentReceivables,
        });
      },
    ),
    attempt(
      'overdueRate',
      'ratio',
      [figure('endingOverdueReceivables', inputs.endingOverdueReceivables), ending],
      () => overdueRate({ overdue: inputs.endingOverdueReceivables, total: inputs.endingReceivables }),
    ),
    attempt(
      'longOverdueShare',
      'ratio',
      [figure('endingLongOverdueReceivables', inputs.endingLongOverdueReceivables), ending],
      () =>
        longOverdueShare({
          longOverdue: inputs.endingLongOverdueReceivables,
          total: inputs.endingReceivables,
        }),
    ),
    attempt(
      'collectionRate',
      'ratio',
      [figure('collected', inputs.collected), figure('dueInPeriod', inputs.dueInPeriod)],
      () => collectionRate({ collected: inputs.collected, due: inputs.dueInPeriod }),
    ),
  ];
}

/** Runs one KPI function; a suite error becomes "no value, because …", anything else is a bug and propagates. */
function attempt(id: KpiId, unit: KpiUnit, figures: readonly KpiFigure[], compute: () => Decimal): KpiValue {
  try {
    return { id, unit, value: compute(), figures };
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    return { id, unit, value: null, figures, unavailable: { code: error.code, message: error.message } };
  }
}

function countBack(inputs: CurrencyKpiInputs, ending: KpiFigure): KpiValue {
  if (inputs.endingReceivables.isZero()) {
    return { id: 'countBackDso', unit: 'days', value: decimal(0), figures: [ending] };
  }
  if (inputs.monthlySales.length === 0) {
    return {
      id: 'countBackDso',
      unit: 'days',
      value: null,
      figures: [ending],
      unavailable: {
        code: 'NO_SALES_IN_PERIOD',
        message: `countBackDso: no credit sales in any month up to ${inputs.to}`,
      },
    };
  }
  const result = countBackDso({
    endingReceivables: inputs.endingReceivables,
    months: inputs.monthlySales.map((month) => ({ sales: month.sales, days: month.days })),
  });
  const counted = inputs.monthlySales.slice(0, result.monthsCounted).map(
    (month): KpiFigure => ({
      id: 'monthSales',
      value: month.sales,
      month: month.month,
      monthDays: month.days,
    }),
  );
  return {
    id: 'countBackDso',
    unit: 'days',
    value: result.days,
    figures: [ending, ...counted],
    ...(result.exhausted ? { lowerBound: true } : {}),
  };
}

function averageDelinquency(dso: KpiValue, bpdso: KpiValue): KpiValue {
  const figures: KpiFigure[] = [];
  if (dso.value !== null) figures.push({ id: 'standardDso', value: dso.value });
  if (bpdso.value !== null) figures.push({ id: 'bestPossibleDso', value: bpdso.value });
  const missing = dso.unavailable ?? bpdso.unavailable;
  if (dso.value === null || bpdso.value === null) {
    return {
      id: 'averageDaysDelinquent',
      unit: 'days',
      value: null,
      figures,
      ...(missing === undefined ? {} : { unavailable: missing }),
    };
  }
  return attempt('averageDaysDelinquent', 'days', figures, () =>
    averageDaysDelinquent({ dso: dso.value ?? 0, bestPossibleDso: bpdso.value ?? 0 }),
  );
}
