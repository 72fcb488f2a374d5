import { deepFreeze, throwValidationError, toValidationIssues } from '@receivables/core';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import { ScriptCatalogSchema } from '../catalog/ScriptCatalogSchema.ts';

/** Catalogs this package validated and froze: using them again costs nothing. */
const trusted = new WeakSet<object>();
/** Catalogs built by hand, mapped to the validated, frozen copy taken the first time they were used. */
const copies = new WeakMap<object, ScriptCatalog>();

/**
 * Validates catalog data and returns it frozen, throwing `INVALID_CATALOG` with every issue.
 *
 * @internal
 */
export function validateCatalog(input: unknown, api: string): ScriptCatalog {
  const result = ScriptCatalogSchema.safeParse(input, { reportInput: true });
  if (!result.success) throwValidationError('INVALID_CATALOG', api, toValidationIssues(result.error.issues));
  const catalog = deepFreeze(result.data);
  trusted.add(catalog);
  return catalog;
}

/**
 * The catalog to use: the argument itself when this package validated it, otherwise a validated copy
 * taken once, so a catalog assembled by hand is checked before it is trusted and later changes to it
 * cannot slip past the checks.
 *
 * @internal
 */
export function trustedCatalog(catalog: ScriptCatalog, api: string): ScriptCatalog {
  if (typeof catalog === 'object' && catalog !== null) {
    if (trusted.has(catalog)) return catalog;
    const copy = copies.get(catalog);
    if (copy !== undefined) return copy;
  }
  const validated = validateCatalog(catalog, api);
  if (typeof catalog === 'object' && catalog !== null) copies.set(catalog, validated);
  return validated;
}
