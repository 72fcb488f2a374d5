import { fromDayNumber, toDayNumber } from '@receivables/core';

/** The half-year around a day, as day numbers, with the date text of its first day. @internal */
export interface LateChargesHalfYear {
  /** 1 January or 1 July. */
  readonly firstDay: number;
  readonly firstDate: string;
  /** The next 1 July or 1 January; infinity after the year 9999. */
  readonly nextFirstDay: number;
  /** The day before `firstDay` as date text (31 December or 30 June); it may be the year 0000. */
  readonly eveDate: string;
}

/**
 * Finds the calendar half-year (January–June or July–December) that contains a day.
 *
 * @internal
 */
export function lateChargesHalfYear(day: number): LateChargesHalfYear {
  const date = fromDayNumber(day);
  const year = Number(date.slice(0, 4));
  const firstHalf = Number(date.slice(5, 7)) <= 6;
  const firstDate = `${yearText(year)}-${firstHalf ? '01' : '07'}-01`;
  const nextFirstDate = firstHalf ? `${yearText(year)}-07-01` : `${yearText(year + 1)}-01-01`;
  return {
    firstDay: toDayNumber(firstDate),
    firstDate,
    nextFirstDay: year === 9999 && !firstHalf ? Number.POSITIVE_INFINITY : toDayNumber(nextFirstDate),
    eveDate: firstHalf ? `${yearText(year - 1)}-12-31` : `${yearText(year)}-06-30`,
  };
}

function yearText(year: number): string {
  return String(year).padStart(4, '0');
}
