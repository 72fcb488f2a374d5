import { validateCatalog } from '../_internals/trustedCatalogs.ts';
import type { ScriptCatalog } from './ScriptCatalog.ts';

/**
 * Reads a catalog from outside data, such as a JSON file written against
 * {@link scriptCatalogJsonSchema}, checking its shape and every rule across its fields at once.
 *
 * @param input - The parsed JSON.
 * @returns The validated catalog, frozen.
 * @throws {ReceivablesError} `INVALID_CATALOG` with `details.issues` listing every problem with its path.
 *
 * @example
 * ```ts
 * import { isReceivablesError } from '@receivables/core';
 * import { parseScriptCatalog } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * const copy = parseScriptCatalog(JSON.parse(JSON.stringify(defaultScriptCatalog)));
 * console.log(copy.templates.length === defaultScriptCatalog.templates.length); // true
 * try {
 *   parseScriptCatalog({ ...JSON.parse(JSON.stringify(defaultScriptCatalog)), defaultLocale: 'fr' });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_CATALOG')); // true
 * }
 * ```
 */
export function parseScriptCatalog(input: unknown): ScriptCatalog {
  return validateCatalog(input, 'parseScriptCatalog');
}
