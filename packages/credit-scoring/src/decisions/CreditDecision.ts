import type { Money } from '@receivables/core';
import type { PaymentMode } from '../grades/PaymentMode.ts';
import type { CreditDecisionOutcome } from './CreditDecisionOutcome.ts';
import type { CreditDecisionReason } from './CreditDecisionReason.ts';

/** What `decideCredit` decides, with every figure it weighed. */
export interface CreditDecision {
  /** The strictest outcome any reason calls for. */
  readonly decision: CreditDecisionOutcome;
  /** How the order is to be paid: the grade's payment mode. */
  readonly paymentMode: PaymentMode;
  /** Open receivables + unshipped orders + this order. */
  readonly exposure: Money;
  readonly limit: Money;
  /** The limit plus the allowed overrun: the most exposure an order on credit may bring. */
  readonly allowedExposure: Money;
  /** `allowedExposure − exposure`; negative when the order does not fit. */
  readonly headroom: Money;
  /** The overdue part of the open receivables. */
  readonly overdue: Money;
  /** Every reason, strictest first. */
  readonly reasons: readonly CreditDecisionReason[];
}
