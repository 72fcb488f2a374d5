import { recordJsonSchema } from '../_internals/recordJsonSchema.ts';
import { PortfolioSchema } from './PortfolioSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a portfolio as input data, `PortfolioInput`: amounts are decimal strings
 * or numbers, dates are `YYYY-MM-DD` strings with `format: 'date'`, unknown keys are refused. Use it to
 * validate or autocomplete portfolio files in an editor. It describes the shape only; the rules across
 * fields and records are checked by {@link PortfolioSchema}. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { portfolioJsonSchema } from '@receivables/core';
 *
 * // Editors offer completion for a portfolio file that names the schema; here, its top-level lists:
 * console.log(Object.keys(portfolioJsonSchema.properties as object)); // ["customers","invoices","payments","creditNotes","disputes","promises"]
 * ```
 */
export const portfolioJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ recordJsonSchema(PortfolioSchema);
