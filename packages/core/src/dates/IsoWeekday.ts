/**
 * A day of the week numbered as ISO 8601 does: Monday 1, Tuesday 2, … Saturday 6, Sunday 7.
 */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
