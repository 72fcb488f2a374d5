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

/**
 * A reader for one field, made once when a scorecard or rule is compiled: the same own-property-only
 * lookup as {@link rulesReadField}, with the path's segments bound so that a one- or two-level field
 * (nearly all of them) is read without a loop.
 *
 * @internal
 */
export function rulesFieldReader(segments: readonly string[]): (input: object) => unknown {
  const [first = '', second = ''] = segments;
  if (segments.length === 1) {
    return (input) => {
      if (typeof input !== 'object' || input === null || !Object.hasOwn(input, first)) return undefined;
      const value = (input as Record<string, unknown>)[first];
      return value === null ? undefined : value;
    };
  }
  if (segments.length === 2) {
    return (input) => {
      if (typeof input !== 'object' || input === null || !Object.hasOwn(input, first)) return undefined;
      const outer = (input as Record<string, unknown>)[first];
      if (typeof outer !== 'object' || outer === null || !Object.hasOwn(outer, second)) return undefined;
      const value = (outer as Record<string, unknown>)[second];
      return value === null ? undefined : value;
    };
  }
  return (input) => rulesReadField(input, segments);
}
