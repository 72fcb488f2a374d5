import { deepFreeze } from '@receivables/core';
import * as z from 'zod';
import { ScriptCatalogShapeSchema } from '../_internals/catalogSchemas.ts';

/**
 * The JSON Schema (draft 2020-12) of a script catalog file, for editors to validate and autocomplete
 * catalogs kept as data. It describes the shape; the rules across fields (ICU messages, variables,
 * locales, lint) are checked by {@link parseScriptCatalog}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { scriptCatalogJsonSchema } from '@receivables/script-catalog';
 *
 * console.log((scriptCatalogJsonSchema.required as string[]).slice(0, 3)); // ["version","defaultLocale","locales"]
 * ```
 */
export const scriptCatalogJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(ScriptCatalogShapeSchema, { io: 'input' }),
);
