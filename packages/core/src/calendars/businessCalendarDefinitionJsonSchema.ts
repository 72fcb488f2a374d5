import * as z from 'zod';
import { BusinessCalendarDefinitionSchema } from './BusinessCalendarDefinitionSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a {@link BusinessCalendarDefinition}, derived once from
 * {@link BusinessCalendarDefinitionSchema}. Point a calendar file's `$schema` at a copy of it to get
 * autocompletion and checks in an editor. Cross-field rules (a date both holiday and workday, a weekday
 * listed twice) are beyond JSON Schema: {@link createBusinessCalendar} still enforces them.
 *
 * @example
 * ```ts
 * import { businessCalendarDefinitionJsonSchema } from '@receivables/core';
 *
 * console.log(Object.keys(businessCalendarDefinitionJsonSchema.properties ?? {})); // ["$schema","name","weekend","holidays","workdays"]
 * ```
 */
export const businessCalendarDefinitionJsonSchema: z.core.JSONSchema.BaseSchema = z.toJSONSchema(
  BusinessCalendarDefinitionSchema,
  { io: 'input' },
);
