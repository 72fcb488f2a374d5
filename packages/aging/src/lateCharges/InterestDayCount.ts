/**
 * The day-count basis of an annual rate: interest for one day is `annual rate ÷ 365` (actual/365 fixed,
 * also in leap years) or `annual rate ÷ 360` (actual/360).
 */
export type InterestDayCount = 365 | 360;
