import type { AgingAccumulator } from '@receivables/aging';
import type { InputProblem } from '../input/InputProblem.ts';
import type { ExactSums } from './ExactSums.ts';

/** An invoice whose applications need checking row by row (another customer or currency, an instalment other than 1, more than its amount). @internal */
export interface InvoiceCheck {
  readonly invoiceId: string;
  /** Its row within the range. */
  readonly row: number;
  readonly customerId: string;
  readonly currency: string;
  readonly amountMinor: number;
}

/**
 * What aging one byte range of the invoices file gives: plain data and transferable arrays, posted back
 * from a worker thread as it is. Rows of invoice problems, checks and hashes count from 1 at the
 * range's start; the caller adds the rows before the range.
 *
 * @internal
 */
export interface InvoiceRangeResult {
  readonly accumulator: AgingAccumulator;
  /** Applied amounts by (customer, currency) pair: with the records' totals they give unapplied cash. */
  readonly taken: ExactSums;
  /** Invoice rows that are invalid (range rows). */
  readonly rejected: readonly InputProblem[];
  /** Invoice rows of customers left out (range rows). */
  readonly dependent: readonly InputProblem[];
  /** Dispute rows found wrong against their invoice (file rows). */
  readonly disputeProblems: readonly InputProblem[];
  readonly checks: readonly InvoiceCheck[];
  /** The ids of disputed invoices met: 1 with a valid row, 2 with only invalid ones. */
  readonly disputedInvoices: readonly (readonly [string, number])[];
  /** A hash of each valid invoice's id and its row, to find repeated ids across ranges. */
  readonly hashes: Float64Array<ArrayBuffer>;
  readonly hashRows: Float64Array<ArrayBuffer>;
  /** Rows (records and empty lines) in the range, and quote characters. */
  readonly rows: number;
  readonly quotes: number;
  /** A CSV syntax error that stopped the range, with its range row. */
  readonly syntaxError: { readonly message: string; readonly row: number } | undefined;
  /** Valid invoice rows read, and open items added. */
  readonly invoices: number;
  readonly openItems: number;
}
