import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { CreditDecisionOutcome } from './CreditDecisionOutcome.ts';

/**
 * A stable code for why `decideCredit` decided as it did:
 * - `CASH_IN_ADVANCE`: the grade's payment mode is 先款后货, so the order is released after payment;
 * - `PAYMENT_ON_DELIVERY`: the grade's mode is 同款同货, so each batch is paid at handover and no credit is extended;
 * - `FINAL_PAYMENT_BEFORE_FINAL_GOODS`: the grade's mode is 尾款尾货, so the last batch waits for the balance;
 * - `OVERDUE_BALANCE`: overdue amounts exceed the tolerance;
 * - `OVER_LIMIT`: exposure exceeds the limit plus the allowed overrun;
 * - `WITHIN_OVERRUN`: exposure exceeds the limit but stays within the allowed overrun;
 * - `WITHIN_LIMIT`: exposure stays within the limit.
 */
export type CreditDecisionReasonCode =
  | 'CASH_IN_ADVANCE'
  | 'PAYMENT_ON_DELIVERY'
  | 'FINAL_PAYMENT_BEFORE_FINAL_GOODS'
  | 'OVERDUE_BALANCE'
  | 'OVER_LIMIT'
  | 'WITHIN_OVERRUN'
  | 'WITHIN_LIMIT';

/** One reason behind a credit decision: its code, the outcome it calls for, and a sentence with the figures. */
export interface CreditDecisionReason {
  readonly code: CreditDecisionReasonCode;
  readonly outcome: CreditDecisionOutcome;
  readonly label: LocalizedLabel;
}
