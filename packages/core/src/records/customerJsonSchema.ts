import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { CustomerSchema } from './CustomerSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a customer as input data, `CustomerInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete customer files in an editor. It describes the shape only; the rules across
 * fields are checked by {@link CustomerSchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { customerJsonSchema } from '@receivables/core';
 *
 * console.log(customerJsonSchema.type, customerJsonSchema.additionalProperties); // object false
 * ```
 */
export const customerJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(CustomerSchema);
