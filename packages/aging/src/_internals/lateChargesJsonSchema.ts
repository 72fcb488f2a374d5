import { toInputJsonSchema } from '@receivables/core';
import type * as z from 'zod';

/**
 * The JSON Schema (draft 2020-12) of what a late-charges schema accepts as input, frozen.
 *
 * @internal
 */
export function lateChargesJsonSchema(schema: z.ZodType): z.core.JSONSchema.BaseSchema {
  return toInputJsonSchema(schema);
}
