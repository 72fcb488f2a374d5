import type { StreamFile } from './StreamFile.ts';

/**
 * The CSV files a streamed aging run reads: customers and invoices always, the others when present.
 * Instalments are not among them: stream mode ages every invoice as one instalment due on its due
 * date, and refuses an instalments file.
 *
 * @internal
 */
export interface StreamInputs {
  readonly customers: StreamFile;
  readonly invoices: StreamFile;
  readonly payments?: StreamFile;
  readonly paymentApplications?: StreamFile;
  readonly creditNotes?: StreamFile;
  readonly creditNoteApplications?: StreamFile;
  readonly disputes?: StreamFile;
}
