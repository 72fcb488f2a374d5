import type { ApplicationInput } from '@receivables/core';

/** One row of a credit-note-applications file: the credit note it belongs to and the application itself. */
export interface CreditNoteApplicationRow {
  readonly creditNoteId: string;
  readonly application: ApplicationInput;
}
