/**
 * Freezes a preset all the way down, so that no caller can change the scheme every other caller shares.
 *
 * @internal
 */
export function bucketsDeepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) bucketsDeepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
