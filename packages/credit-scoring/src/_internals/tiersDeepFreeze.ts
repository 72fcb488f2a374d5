/**
 * Freezes a tier table and everything inside it, so no caller can change a shared table.
 *
 * @internal
 */
export function tiersDeepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) tiersDeepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
