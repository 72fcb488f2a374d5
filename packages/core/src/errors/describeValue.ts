/**
 * Shows a value in an error message, briefly and safely: strings quoted, long text cut, objects named
 * by kind rather than dumped.
 *
 * @param value - Any input value.
 * @returns A short readable rendering such as `"2026-02-30"`, `12.345`, `an object` or `undefined`.
 *
 * @example
 * ```ts
 * import { describeValue } from '@receivables/core';
 *
 * console.log(describeValue('2026-02-30')); // "2026-02-30"
 * console.log(describeValue(Number.NaN)); // NaN
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object' && typeof (value as { toFixed?: unknown }).toFixed === 'function') {
    return String(value);
  }
  return `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}`;
}
