import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { InvoiceSchema } from './InvoiceSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of an invoice as input data, `InvoiceInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete invoice files in an editor. It describes the shape only; the rules across
 * fields are checked by {@link InvoiceSchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { invoiceJsonSchema } from '@receivables/core';
 *
 * const properties = invoiceJsonSchema.properties as Record<string, { anyOf?: { type: string }[] }>;
 * console.log(invoiceJsonSchema.required); // ["id","customerId","currency","issueDate","amount"]
 * console.log(properties.amount?.anyOf?.map((option) => option.type)); // ["string","number"]
 * ```
 */
export const invoiceJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(InvoiceSchema);
