/**
 * Freezes a shared object all the way down (a preset, a JSON Schema), so that no caller can change what
 * every other caller sees.
 *
 * @internal
 */
export function allowanceDeepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) allowanceDeepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
