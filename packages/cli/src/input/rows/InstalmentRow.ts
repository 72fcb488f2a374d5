import type { InstalmentInput } from '@receivables/core';

/** One row of an instalments file: the invoice it belongs to, its position, and the instalment itself. */
export interface InstalmentRow {
  readonly invoiceId: string;
  /** The 1-based position in the invoice's schedule; `undefined` when the row order counts. */
  readonly number: number | undefined;
  readonly instalment: InstalmentInput;
}
