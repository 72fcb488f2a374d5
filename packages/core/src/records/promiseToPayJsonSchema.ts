import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { PromiseToPaySchema } from './PromiseToPaySchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a promise to pay as input data, `PromiseToPayInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete promise to pay files in an editor. It describes the shape only; the rules across
 * fields are checked by {@link PromiseToPaySchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { promiseToPayJsonSchema } from '@receivables/core';
 *
 * console.log(promiseToPayJsonSchema.type, promiseToPayJsonSchema.additionalProperties); // object false
 * ```
 */
export const promiseToPayJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(PromiseToPaySchema);
