import { ReceivablesError } from '@receivables/core';
import { agedBalancesAdd, agedBalancesCellFor } from '../_internals/agedBalancesCell.ts';
import type { UnappliedCredit } from '../openItems/UnappliedCredit.ts';
import type { AgingAccumulator } from './AgingAccumulator.ts';

/**
 * Adds a line of unapplied cash or credit to an accumulator, in place: it is totalled per customer and
 * currency beside the aged balances, never netted against them.
 *
 * @param accumulator - From `createAgingAccumulator`; it is modified.
 * @param credit - An unapplied line, e.g. from `computeOpenItems`.
 * @returns The same accumulator, for chaining.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when `amountMinor` is not a positive safe integer;
 *   `INVALID_CURRENCY` for an unknown currency code. The accumulator is unchanged when it throws.
 *
 * @example
 * ```ts
 * import { addUnappliedCredit, agingResult, createAgingAccumulator } from '@receivables/aging';
 *
 * const accumulator = createAgingAccumulator({ asOf: '2026-06-30' });
 * addUnappliedCredit(accumulator, {
 *   customerId: 'C1', currency: 'CNY', source: 'payment', sourceId: 'P-9', date: '2026-06-28', amountMinor: 25000,
 * });
 * const line = agingResult(accumulator).customers[0];
 * console.log(line?.unapplied.toFixed(2), line?.balance.toFixed(2)); // 250.00 0.00
 * ```
 */
export function addUnappliedCredit(accumulator: AgingAccumulator, credit: UnappliedCredit): AgingAccumulator {
  const amount = credit.amountMinor;
  if (!(amount > 0 && Number.isSafeInteger(amount))) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `addUnappliedCredit: ${credit.source} ${JSON.stringify(credit.sourceId)}: amountMinor ${String(amount)} is not a positive whole number of minor units up to 2^53 − 1`,
      { details: { sourceId: credit.sourceId, amountMinor: amount } },
    );
  }
  const cell = agedBalancesCellFor(accumulator, credit.customerId, credit.currency, 'addUnappliedCredit');
  agedBalancesAdd(cell, 3 * accumulator.upperBounds.length + 3, amount);
  return accumulator;
}
