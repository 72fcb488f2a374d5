/**
 * One problem found while validating outside data: where it is, what was there, and why it is wrong.
 */
export interface ValidationIssue {
  /** Path from the root of the validated value, e.g. `['invoices', 12, 'dueDate']`. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `invoices[12].dueDate`; empty for the root. */
  readonly pathText: string;
  /** A stable machine-readable kind of problem, e.g. `invalid_date`, `unknown_customer`, `duplicate_id`. */
  readonly code: string;
  /** A sentence that names the value and the reason, e.g. `2026-02-30 is not a date`. */
  readonly message: string;
}
