import { lateChargesValidate } from '../_internals/lateChargesValidate.ts';
import type { InterestRate } from './InterestRate.ts';
import { InterestRateSchema } from './InterestRateSchema.ts';

/**
 * Checks an interest rate read from outside (a JSON file, a form) and returns it typed, or reports every
 * problem at once. {@link lateInterest} checks its rate the same way; use this to reject a bad file early.
 *
 * @param value - Anything, typically parsed JSON.
 * @returns The rate as given, now known to be a valid {@link InterestRate}.
 * @throws {ReceivablesError} `INVALID_RATE` with `details.issues` listing every problem and its path
 *   (negative rates, unknown kinds, a day count other than 365 or 360, a malformed reference table).
 *
 * @example
 * ```ts
 * import { parseInterestRate } from '@receivables/aging';
 *
 * try {
 *   parseInterestRate({ kind: 'annual', rate: '-0.05', dayCount: 365 });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   rate: "-0.05" is negative: a rate must be at least 0
 * }
 * ```
 */
export function parseInterestRate(value: unknown): InterestRate {
  return lateChargesValidate(InterestRateSchema, value, 'parseInterestRate');
}
