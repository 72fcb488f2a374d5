import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { DisputeSchema } from './DisputeSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a dispute as input data, `DisputeInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete dispute files in an editor. It describes the shape only; the rules across
 * fields are checked by {@link DisputeSchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { disputeJsonSchema } from '@receivables/core';
 *
 * console.log(disputeJsonSchema.type, disputeJsonSchema.additionalProperties); // object false
 * ```
 */
export const disputeJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(DisputeSchema);
