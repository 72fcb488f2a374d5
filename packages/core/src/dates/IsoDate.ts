/**
 * A calendar date as ISO 8601 text, `YYYY-MM-DD`, years 0001–9999, proleptic Gregorian calendar.
 * It names a day, not an instant: it never shifts with the machine's time zone.
 */
export type IsoDate = string;
