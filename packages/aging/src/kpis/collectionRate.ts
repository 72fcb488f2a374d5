import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from '../_internals/kpisReadAmount.ts';
import { zeroDivisorError } from '../_internals/kpisZeroDivisorError.ts';

/** The amounts {@link collectionRate} compares, in one currency and for one period. */
export interface CollectionRateInput {
  /** What was collected in the period (本期实收). */
  readonly collected: AmountInput;
  /** What fell due in the period (本期到期应收). */
  readonly due: AmountInput;
}

/**
 * Computes the collection rate (回款率): how much of what fell due in the period was collected.
 *
 * Formula (spec §2.5): `回款率 = 本期实收 ÷ 本期到期应收` (collected ÷ due).
 *
 * The result is a fraction (0.92, not 92%), exact to the suite's 60 significant digits and not rounded.
 * It may exceed 1: collections of amounts that fell due in earlier periods count in the period they are
 * received, so a good month after a bad one collects more than fell due in it.
 *
 * @param input - The amounts collected and due in the period.
 * @returns The collection rate.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when an amount is not a finite decimal or is negative;
 *   `ZERO_DENOMINATOR` when nothing fell due in the period.
 *
 * @example
 * ```ts
 * import { collectionRate } from '@receivables/aging';
 *
 * const rate = collectionRate({ collected: '460000.00', due: '500000.00' });
 * console.log(rate.toString()); // 0.92
 * ```
 */
export function collectionRate(input: CollectionRateInput): Decimal {
  const collected = readAmount(input.collected, 'collectionRate', 'collected');
  const due = readAmount(input.due, 'collectionRate', 'due');
  if (due.isZero()) {
    throw zeroDivisorError(
      'ZERO_DENOMINATOR',
      'collectionRate',
      'due',
      input.due,
      'the collection rate is undefined when nothing fell due in the period',
    );
  }
  return collected.div(due);
}
