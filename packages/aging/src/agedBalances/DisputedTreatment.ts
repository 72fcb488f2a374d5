/**
 * How disputed amounts enter the aged balances:
 * - `include`: balances and overdue figures count the whole open amount; the disputed part is shown
 *   beside them (and `overdueExcludingDisputed` leaves it out);
 * - `exclude`: balances, overdue figures and average days past due count only the undisputed part;
 *   the disputed part is still shown beside them, so nothing disappears from the report.
 */
export type DisputedTreatment = 'include' | 'exclude';
