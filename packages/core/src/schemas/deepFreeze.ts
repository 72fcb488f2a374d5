/**
 * Freezes a value and everything it holds, so that a shared preset or JSON Schema cannot be changed by
 * one caller behind every other caller's back. Returns the same value, now read-only.
 *
 * @param value - A plain object, array or primitive (primitives are returned as they are).
 * @returns `value` itself, frozen all the way down.
 *
 * @example
 * ```ts
 * import { deepFreeze } from '@receivables/core';
 *
 * const preset = deepFreeze({ buckets: [{ id: 'notDue', to: 0 }] });
 * console.log(Object.isFrozen(preset.buckets[0])); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
