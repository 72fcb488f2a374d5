/**
 * The value at a path inside parsed input, as text for a problem: strings as they are, numbers and
 * booleans written out; `undefined` for objects, arrays and what is not there.
 *
 * @internal
 */
export function valueAtPath(root: unknown, path: readonly (string | number)[]): string | undefined {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
