import * as z from 'zod';

/**
 * The JSON Schema (draft 2020-12) of what a schema accepts as input, frozen all the way down since every
 * caller shares the one copy.
 *
 * @internal
 */
export function lateChargesJsonSchema(schema: z.ZodType): z.core.JSONSchema.BaseSchema {
  return deepFreeze(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
