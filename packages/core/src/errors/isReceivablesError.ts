import { type ReceivablesError, receivablesErrorBrand } from './ReceivablesError.ts';
import type { ReceivablesErrorCode } from './ReceivablesErrorCode.ts';

/**
 * Tells whether `value` is a {@link ReceivablesError}, optionally with a given code. Works across
 * duplicate installs of the package, where `instanceof` would fail.
 *
 * @param value - Anything caught.
 * @param code - When given, also require this code.
 * @returns `true` when `value` is a suite error (with `code`, if given).
 *
 * @example
 * ```ts
 * import { isReceivablesError, parseIsoDate } from '@receivables/core';
 *
 * try {
 *   parseIsoDate('2026-02-30');
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_DATE')); // true
 * }
 * ```
 */
export function isReceivablesError(value: unknown, code?: ReceivablesErrorCode): value is ReceivablesError {
  if (typeof value !== 'object' || value === null) return false;
  if ((value as Record<symbol, unknown>)[receivablesErrorBrand] !== true) return false;
  return code === undefined || (value as { code?: unknown }).code === code;
}
