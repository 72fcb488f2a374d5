/**
 * Renders what an example passes to `console.log` the way the documentation writes it in the
 * `// expected` comment: strings raw, numbers as JavaScript prints them, values with their own
 * `toString` (such as decimals) through it, other objects and arrays as JSON, arguments joined by a space.
 *
 * @param values - The arguments given to `console.log`.
 * @returns The line the comment must show.
 */
export function formatLogged(values: readonly unknown[]): string {
  return values.map(formatOne).join(' ');
}

function formatOne(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  const prototype = Object.getPrototypeOf(value) as object | null;
  const ownToString =
    prototype !== null && prototype !== Object.prototype && Object.hasOwn(prototype, 'toString');
  if (ownToString && !(value instanceof Error)) return String(value);
  return JSON.stringify(value);
}
