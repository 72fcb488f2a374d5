import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { PaymentSchema } from './PaymentSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a payment as input data, `PaymentInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete payment files in an editor. It describes the shape only; the rules across
 * fields are checked by {@link PaymentSchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { paymentJsonSchema } from '@receivables/core';
 *
 * console.log(paymentJsonSchema.type, paymentJsonSchema.additionalProperties); // object false
 * ```
 */
export const paymentJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(PaymentSchema);
