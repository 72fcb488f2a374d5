import type { Money } from '@receivables/core';
import type { GradeDefinition } from '@receivables/credit-scoring';

/** The customers holding one grade (or no grade) and their exposure. */
export interface GradeDistributionRow {
  /** The grade; `null` on the row of customers that could not be scored. */
  readonly grade: GradeDefinition | null;
  readonly count: number;
  /** The customers' ids, in the assessments' order. */
  readonly customerIds: readonly string[];
  /** Their exposure (open receivables + unshipped orders), one amount per currency, sorted by currency code. */
  readonly exposure: readonly Money[];
}
