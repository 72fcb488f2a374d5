import { describeValue, parseIsoDate, ReceivablesError, relabelError, toDayNumber } from '@receivables/core';
import type { DayCount } from '../kpis/DayCount.ts';

/**
 * Turns a {@link DayCount} into the number of days of the period: 360 or 365 as given, or the actual
 * days from `from` to `to`, both ends included (a calendar quarter from 01-01 to 03-31 has 90 days).
 *
 * @internal
 */
export function resolveDayCount(dayCount: DayCount, api: string): number {
  if (dayCount === 360 || dayCount === 365) return dayCount;
  if (typeof dayCount !== 'object' || dayCount === null || Array.isArray(dayCount)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: dayCount: ${describeValue(dayCount)} is not a day count; use 360, 365 or { from, to } for the actual days of a period`,
      { details: { field: 'dayCount', value: describeValue(dayCount) } },
    );
  }
  const from = readDayNumber(dayCount.from, api, 'dayCount.from');
  const to = readDayNumber(dayCount.to, api, 'dayCount.to');
  if (to < from) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: dayCount.to ${dayCount.to} is before dayCount.from ${dayCount.from}; a period must end on or after its first day`,
      { details: { field: 'dayCount', from: dayCount.from, to: dayCount.to } },
    );
  }
  return to - from + 1;
}

function readDayNumber(value: unknown, api: string, field: string): number {
  try {
    return toDayNumber(parseIsoDate(value, { field }));
  } catch (error) {
    throw relabelError(error, 'parseIsoDate', api);
  }
}
