/**
 * Freezes a preset and everything inside it, so that no caller can change a shared default.
 *
 * @internal
 */
export function gradesDeepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) gradesDeepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
