import type { IsoDate } from './IsoDate.ts';
import { dayNumberOf } from './parseIsoDate.ts';

/**
 * Tells whether `value` is a real calendar date written `YYYY-MM-DD`, without throwing.
 *
 * @param value - Anything.
 * @returns `true` for an existing date such as `2028-02-29`; `false` for `2026-02-30` or `'2026-2-1'`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from '@receivables/core';
 *
 * console.log(isIsoDate('2028-02-29'), isIsoDate('2026-02-29')); // true false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}
