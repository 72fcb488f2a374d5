import type { InputProblem } from './InputProblem.ts';

/**
 * What a row converter makes of one row: the record (`ok: true`), or every problem that kept it from
 * being read (`ok: false`). A converted core record is not validated yet: it holds the cells as text
 * (amounts, dates, currencies), a required cell left empty stays `undefined`, and core's schemas
 * (`parsePortfolio`, `parseInvoice`, ...) judge it, so the rules stay core's.
 */
export type RowResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };
