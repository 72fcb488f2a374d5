import type { Money } from '@receivables/core';

/**
 * Amounts of a customer in currencies other than its own that the run has no rate for (see `--currency`
 * and `--rates`): they are listed here and left out of the figures they would belong to, never guessed.
 */
export interface UnconvertedAmounts {
  /** Open receivables: left out of the open, overdue and exposure figures. */
  readonly open: readonly Money[];
  /** Unapplied cash and credit on account. */
  readonly unapplied: readonly Money[];
  /** Receipts of the last 6 months: left out of the average monthly receipts. */
  readonly receipts: readonly Money[];
}
