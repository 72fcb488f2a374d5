import * as z from 'zod';
import { deepFreeze } from './deepFreeze.ts';

/**
 * The JSON Schema (draft 2020-12) of what a zod schema accepts as input: what a data file may hold,
 * with amounts as strings or numbers and dates as strings. Frozen, since callers share one copy. Every
 * package of the suite publishes its document schemas (portfolios, policies, scorecards, catalogs)
 * through this function, so editors can validate and autocomplete those files.
 *
 * @param schema - A zod schema; parts JSON Schema cannot express (a `Decimal` instance) become `{}`.
 * @returns The frozen JSON Schema.
 *
 * @example
 * ```ts
 * import { toInputJsonSchema } from '@receivables/core';
 * import * as z from 'zod';
 *
 * const schema = toInputJsonSchema(z.object({ days: z.number().int().positive() }));
 * console.log(schema.type, JSON.stringify(schema.required)); // object ["days"]
 * ```
 */
export function toInputJsonSchema(schema: z.ZodType): z.core.JSONSchema.BaseSchema {
  return deepFreeze(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}
