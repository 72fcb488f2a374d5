/**
 * Writes a command's JSON data with a stable layout: 2-space indentation, object keys sorted by code
 * unit at every depth (array order kept), `Decimal` values as their exact decimal text (through their
 * `toJSON`), and a final newline. Equal data gives equal bytes whatever order the keys were built in.
 *
 * @param value - JSON-friendly data (plain objects, arrays, strings, numbers, booleans, null, decimals).
 * @returns The JSON text and a newline.
 *
 * @example
 * ```ts
 * import { renderJson } from '@receivables/cli';
 *
 * console.log(renderJson({ b: 1, a: { d: [2, 1], c: null } }).replace(/\s+/g, '')); // {"a":{"c":null,"d":[2,1]},"b":1}
 * ```
 */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

// Called by JSON.stringify after any toJSON, so decimals and dates are already text here.
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    Object.defineProperty(sorted, key, {
      value: (value as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return sorted;
}
