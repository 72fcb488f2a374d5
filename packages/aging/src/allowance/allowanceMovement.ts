import { type AmountInput, decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceCurrency } from '../_internals/allowanceCurrency.ts';
import { allowanceReadAmount } from '../_internals/allowanceReadAmount.ts';
import type { AllowanceMovementResult } from './AllowanceMovementResult.ts';

const API = 'allowanceMovement';
const ZERO: Decimal = decimal(0);

/** Options of {@link allowanceMovement}. */
export interface AllowanceMovementOptions {
  /** The ISO 4217 code of every amount, e.g. `CNY`; amounts must fit its minor unit. */
  readonly currency: string;
  /** The allowance at the start of the period, zero or more. */
  readonly opening: AmountInput;
  /** The allowance required at the end of the period, e.g. `requiredAllowance(...).totals.required`. */
  readonly required: AmountInput;
  /**
   * Receivables written off against the allowance in the period, zero or more.
   * @defaultValue `0`
   */
  readonly writeOffs?: AmountInput | undefined;
  /**
   * Written-off amounts recovered in the period, zero or more.
   * @defaultValue `0`
   */
  readonly recoveries?: AmountInput | undefined;
}

/**
 * Rolls the bad-debt allowance forward over a period (spec §2.3):
 * `charge = required − (opening − writeOffs + recoveries)`, shown as a charge (计提) when positive and as
 * a reversal (转回) of its absolute value when negative. Every amount is at the currency's minor unit, so
 * nothing is rounded and the table reconciles exactly:
 * `opening − writeOffs + recoveries + charge − reversal = closing = required`.
 *
 * @param options - The currency, the opening and required allowance, and the period's write-offs and recoveries.
 * @returns The movement table.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for a negative or malformed amount; `AMOUNT_TOO_PRECISE`
 *   for an amount finer than the currency; `AMOUNT_OUT_OF_RANGE` for one with more than 30 integer
 *   digits; `INVALID_CURRENCY` for an unknown currency code.
 *
 * @example
 * ```ts
 * import { allowanceMovement } from '@receivables/aging';
 *
 * const raised = allowanceMovement({ currency: 'CNY', opening: '20000', writeOffs: '3000', recoveries: '500', required: '27000' });
 * console.log(String(raised.beforeCharge), String(raised.charge), String(raised.reversal)); // 17500 9500 0
 * const released = allowanceMovement({ currency: 'CNY', opening: '30000', writeOffs: '1000', required: '27000' });
 * console.log(String(released.charge), String(released.reversal), String(released.closing)); // 0 2000 27000
 * ```
 */
export function allowanceMovement(options: AllowanceMovementOptions): AllowanceMovementResult {
  const currency = allowanceCurrency(options.currency, API);
  const opening = allowanceReadAmount(options.opening, currency, API, 'opening');
  const required = allowanceReadAmount(options.required, currency, API, 'required');
  // Only the period's flows default to zero: a missing opening or required allowance is an error.
  const writeOffs = allowanceReadAmount(options.writeOffs ?? 0, currency, API, 'writeOffs');
  const recoveries = allowanceReadAmount(options.recoveries ?? 0, currency, API, 'recoveries');
  const beforeCharge = opening.minus(writeOffs).plus(recoveries);
  const difference = required.minus(beforeCharge);
  return {
    currency: currency.code,
    opening,
    writeOffs,
    recoveries,
    beforeCharge,
    charge: difference.greaterThan(0) ? difference : ZERO,
    reversal: difference.lessThan(0) ? difference.negated() : ZERO,
    closing: required,
  };
}
