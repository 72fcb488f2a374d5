import * as z from 'zod';

/**
 * The JSON Schema of what a record schema accepts as input (amounts as strings or numbers, dates as
 * strings), frozen all the way down since every caller shares the one copy.
 *
 * @internal
 */
export function recordJsonSchema(schema: z.ZodType): Readonly<Record<string, unknown>> {
  return deepFreeze(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
