/**
 * Splits a dotted field path into its property names.
 *
 * @internal
 */
export function rulesFieldSegments(field: string): readonly string[] {
  return field.split('.');
}

/**
 * Reads a field by its property names, own properties only, so that `constructor`, `__proto__` or
 * `toString` never reach the prototype. `null` reads as missing, like an absent property.
 *
 * @internal
 */
export function rulesReadField(input: unknown, segments: readonly string[]): unknown {
  let current = input;
  for (let index = 0; index < segments.length; index += 1) {
    const key = segments[index]!;
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current === null ? undefined : current;
}
