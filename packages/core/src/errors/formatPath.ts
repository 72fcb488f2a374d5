/**
 * Writes a validation path the way a reader finds it in the file: `invoices[12].dueDate`.
 *
 * @param path - Keys and indexes from the root.
 * @returns The path as text; an empty string for the root.
 *
 * @example
 * ```ts
 * import { formatPath } from '@receivables/core';
 *
 * console.log(formatPath(['invoices', 12, 'dueDate'])); // invoices[12].dueDate
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(key)}]`;
  }
  return text;
}
