import type { AgingAccumulator } from '@receivables/aging';
import type { InputProblem } from '../input/InputProblem.ts';

/** What {@link streamAging} gives. @internal */
export interface StreamAgingResult {
  /** The merged accumulator, with unapplied cash per customer and currency. */
  readonly accumulator: AgingAccumulator;
  /** Under `--skip-invalid`, every row left out with its reason, in file then row order. */
  readonly skipped: readonly InputProblem[];
  /** How many parts the invoices file was read in (1 after a fall-back to one pass). */
  readonly parts: number;
  /** Whether a cut fell inside a quoted field, so that the file was read again in one pass. */
  readonly fellBack: boolean;
  /** Valid invoice rows read, and open items aged. */
  readonly invoices: number;
  readonly openItems: number;
}
