import { decimal, describeValue } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/** A rate read successfully, or the reason it was refused. @internal */
export type AllowanceRateReading =
  | { readonly ok: true; readonly rate: Decimal }
  | { readonly ok: false; readonly reason: string };

/**
 * Reads a rate written as a decimal fraction (`'0.05'` is 5 %), or says in a phrase why it is not one.
 * Shared by the matrix schema, which reports the phrase at the bucket's path, and by the functions,
 * which throw it. `kind` is `'rate'` for a share in [0, 1] and `'factor'` for a multiplier from 0 up.
 *
 * @internal
 */
export function allowanceRateProblem(value: unknown, kind: 'rate' | 'factor'): AllowanceRateReading {
  let rate: Decimal;
  try {
    rate = decimal(value as string);
  } catch {
    return { ok: false, reason: `${describeValue(value)} is not a decimal number` };
  }
  if (rate.isNegative()) {
    const rule = kind === 'rate' ? 'a rate is a decimal from 0 to 1' : 'a factor is zero or more';
    return { ok: false, reason: `${describeValue(value)} is negative; ${rule}` };
  }
  if (kind === 'rate' && rate.greaterThan(1)) {
    return {
      ok: false,
      reason: `${describeValue(value)} is above 1; a rate is a decimal from 0 to 1 (write 5 % as 0.05)`,
    };
  }
  return { ok: true, rate };
}
