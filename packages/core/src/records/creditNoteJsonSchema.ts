import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { CreditNoteSchema } from './CreditNoteSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a credit note as input data, `CreditNoteInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete credit note files in an editor. It describes the shape only; the rules across
 * fields are checked by {@link CreditNoteSchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { creditNoteJsonSchema } from '@receivables/core';
 *
 * console.log(creditNoteJsonSchema.type, creditNoteJsonSchema.additionalProperties); // object false
 * ```
 */
export const creditNoteJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(CreditNoteSchema);
