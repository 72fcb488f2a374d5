import type * as z from 'zod';
import { toInputJsonSchema } from '../schemas/toInputJsonSchema.ts';

/**
 * The JSON Schema of what a record schema accepts as input (amounts as strings or numbers, dates as
 * strings), frozen all the way down since every caller shares the one copy.
 *
 * @internal
 */
export function recordJsonSchema(schema: z.ZodType): Readonly<Record<string, unknown>> {
  return toInputJsonSchema(schema);
}
