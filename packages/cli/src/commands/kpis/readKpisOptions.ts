import { addDays, type IsoDate, parseIsoDate } from '@receivables/core';
import { invalidOption } from '../../program/invalidOption.ts';

/** The `kpis` command's own options, checked. @internal */
export interface KpisOptions {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly dayCount: 'actual' | 360 | 365;
  readonly longOverdueDays: number;
}

const WHERE = 'receivables kpis';
const WHOLE = /^\d+$/;

/**
 * Reads `--period-days` (default 90), `--from`, `--to` (default and latest: `--as-of`), `--day-count`
 * and `--long-overdue-days`.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` naming the option, the value and the reason.
 */
export function readKpisOptions(values: Readonly<Record<string, unknown>>, asOf: IsoDate): KpisOptions {
  const periodDays = text(values.periodDays);
  const to = values.to === undefined ? asOf : readDate('--to', values.to);
  if (to > asOf) {
    throw invalidOption(WHERE, '--to', to, `is after --as-of ${asOf}: the ledger is only seen up to --as-of`);
  }
  let from: IsoDate;
  if (values.from !== undefined) {
    if (periodDays !== undefined) {
      throw invalidOption(WHERE, '--period-days', periodDays, 'cannot be used with --from: give one of them');
    }
    from = readDate('--from', values.from);
    if (from > to) throw invalidOption(WHERE, '--from', from, `is after the end of the period ${to}`);
  } else {
    const days = periodDays ?? '90';
    if (!WHOLE.test(days) || Number(days) < 1 || !Number.isSafeInteger(Number(days))) {
      throw invalidOption(WHERE, '--period-days', days, 'is not a whole number of days, 1 or more');
    }
    try {
      from = addDays(to, 1 - Number(days));
    } catch (error) {
      throw invalidOption(
        WHERE,
        '--period-days',
        days,
        `reaches back before the first day of the calendar`,
        error,
      );
    }
  }
  const basis = text(values.dayCount) ?? 'actual';
  if (basis !== 'actual' && basis !== '360' && basis !== '365') {
    throw invalidOption(WHERE, '--day-count', basis, 'is not one of actual, 360, 365');
  }
  const longOverdue = text(values.longOverdueDays) ?? '90';
  if (!WHOLE.test(longOverdue) || !Number.isSafeInteger(Number(longOverdue))) {
    throw invalidOption(
      WHERE,
      '--long-overdue-days',
      longOverdue,
      'is not a whole number of days, 0 or more',
    );
  }
  return {
    from,
    to,
    dayCount: basis === 'actual' ? 'actual' : basis === '360' ? 360 : 365,
    longOverdueDays: Number(longOverdue),
  };
}

function text(value: unknown): string | undefined {
  return value === undefined ? undefined : String(value);
}

function readDate(option: string, value: unknown): IsoDate {
  try {
    return parseIsoDate(value, { api: WHERE });
  } catch (error) {
    const message = (error as Error).message;
    const prefix = `${WHERE}: "${String(value)}" `;
    throw invalidOption(
      WHERE,
      option,
      String(value),
      message.startsWith(prefix) ? message.slice(prefix.length) : message,
      error,
    );
  }
}
