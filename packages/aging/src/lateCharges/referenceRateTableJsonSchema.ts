import type * as z from 'zod';
import { lateChargesJsonSchema } from '../_internals/lateChargesJsonSchema.ts';
import { ReferenceRateTableSchema } from './ReferenceRateTableSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a {@link ReferenceRateTable}, derived once from
 * {@link ReferenceRateTableSchema} and frozen, for rate-history files kept beside the code. Entry order and
 * `coveredThrough` are checked by {@link parseReferenceRateTable}, not by JSON Schema.
 *
 * @example
 * ```ts
 * import { referenceRateTableJsonSchema } from '@receivables/aging';
 *
 * console.log(referenceRateTableJsonSchema.required); // ["name","rates"]
 * ```
 */
export const referenceRateTableJsonSchema: z.core.JSONSchema.BaseSchema =
  lateChargesJsonSchema(ReferenceRateTableSchema);
