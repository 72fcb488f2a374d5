import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { LateChargeWarning } from '../lateCharges/LateChargeWarning.ts';
import { lateChargesAmountText } from './lateChargesAmountText.ts';
import type { LateChargesInput } from './lateChargesInput.ts';

const EXCESSIVE_ABOVE_LOSS = decimal('1.3');

/**
 * Flags late charges more than 30% above the actual loss (法释〔2023〕13号 art. 65; spec §5.2).
 *
 * @internal
 */
export function lateChargesPenaltyWarning(input: LateChargesInput, penalty: Decimal): LateChargeWarning[] {
  const { actualLoss, currency, minorUnits } = input;
  if (actualLoss === undefined) return [];
  const threshold = actualLoss.times(EXCESSIVE_ABOVE_LOSS);
  if (!penalty.greaterThan(threshold)) return [];
  const text = (amount: Decimal): string => lateChargesAmountText(currency, amount, minorUnits);
  const message = `late charges of ${text(penalty)} are more than 30% above the actual loss of ${text(actualLoss)} (${text(threshold)} at most is not generally excessive); a court may reduce them (民法典 art. 585; 法释〔2023〕13号 art. 65)`;
  return [{ code: 'penalty_may_be_excessive', message, penalty, actualLoss, threshold, currency }];
}
