/**
 * What a factor does when the applicant has no value for it (absent, `undefined` or `null`):
 * - `'reject'`: scoring fails with `MISSING_FACTOR_VALUE`;
 * - `'neutral'`: the factor is left out: on the 0–100 scale its weight drops out and the other factors
 *   are re-weighted; on the points scale it adds 0 points. It never counts as a reason;
 * - `{ points }`: the factor scores these points, e.g. 60 for a new customer.
 */
export type MissingValuePolicy = 'reject' | 'neutral' | { readonly points: number };
