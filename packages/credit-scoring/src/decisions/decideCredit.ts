import { decimal, type Money, money, relabelError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { decisionsOpenReceivables } from '../_internals/decisionsOpenReceivables.ts';
import { type DecisionsFigures, decisionsReason } from '../_internals/decisionsReasons.ts';
import { modelsReadAmount } from '../_internals/modelsReadAmount.ts';
import { modelsReadRate } from '../_internals/modelsReadRate.ts';
import type { CreditCustomer } from './CreditCustomer.ts';
import type { CreditDecision } from './CreditDecision.ts';
import type { CreditDecisionContext } from './CreditDecisionContext.ts';
import type { CreditDecisionReasonCode } from './CreditDecisionReason.ts';
import type { CreditOrder } from './CreditOrder.ts';
import { creditDecisionStrictness } from './creditDecisionStrictness.ts';

const API = 'decideCredit';

/**
 * Decides whether to release an order: `approve`, `requirePrepayment` or `hold`, with every reason and
 * figure (spec §1.3–1.4). Exposure is open receivables + unshipped orders + this order.
 *
 * 1. Overdue amounts above the tolerance hold the order, whatever the grade.
 * 2. The grade's payment mode decides how the order may go out:
 *    - 先款后货 cash in advance: only after payment (`requirePrepayment`);
 *    - 同款同货 cash on delivery: approved against payment at handover; no credit is extended, so the
 *      limit is not checked;
 *    - 尾款尾货 and 先货后款 (open account): on credit, so exposure must stay within the limit plus
 *      the allowed overrun; above the limit but within the overrun it is approved and noted; above
 *      that it is held. Under 尾款尾货 the last batch also waits for the balance.
 *
 * The decision is the strictest any reason calls for, so more exposure or more overdue never turns a
 * hold into an approval.
 *
 * @param customer - The customer's grade, limit, open receivables (an amount, an aging line or open
 *   items), overdue amount and unshipped orders.
 * @param order - The order's value.
 * @param context - The currency, the day, the allowed overrun and the overdue tolerance.
 * @returns The decision, the payment mode, exposure, limit, headroom, overdue and the reasons.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for an amount that is negative or not a finite decimal;
 *   `INVALID_RATE` for an overrun that is negative or not a number; `INVALID_CURRENCY` for an unknown
 *   currency; `CURRENCY_MISMATCH` for an aging line or open item in another currency;
 *   `INVALID_ARGUMENT` for open items without `asOf`; `INVALID_DATE` for a bad date.
 *
 * @example
 * ```ts
 * import { decideCredit, defaultGradeScale, findGrade } from '@receivables/credit-scoring';
 *
 * const customer = { grade: findGrade(defaultGradeScale, 'A'), limit: '500000', openReceivables: '380000', unshippedOrders: '60000' };
 * const context = { currency: 'CNY', allowedOverrun: '0.10' };
 * const small = decideCredit(customer, { amount: '50000' }, context);
 * console.log(small.decision, small.reasons.map((reason) => reason.code)); // approve ["WITHIN_LIMIT"]
 * const large = decideCredit(customer, { amount: '150000' }, context);
 * console.log(large.decision, large.headroom.amount.toString()); // hold -40000
 * console.log(large.reasons[0]?.label.en); // Exposure CNY 590000.00 exceeds the limit CNY 500000.00 plus the allowed overrun (CNY 550000.00)
 * ```
 */
export function decideCredit(
  customer: CreditCustomer,
  order: CreditOrder,
  context: CreditDecisionContext,
): CreditDecision {
  const currency = readCurrency(context.currency);
  const inCurrency = (amount: Decimal): Money => ({ amount, currency });
  const limit = inCurrency(modelsReadAmount(customer.limit, API, 'limit'));
  const receivables = decisionsOpenReceivables(customer, context, API);
  const unshipped = modelsReadAmount(customer.unshippedOrders ?? 0, API, 'unshippedOrders');
  const orderAmount = modelsReadAmount(order.amount, API, 'order.amount');
  const overdue =
    customer.overdue === undefined
      ? (receivables.overdue ?? decimal(0))
      : modelsReadAmount(customer.overdue, API, 'overdue');
  const tolerance = modelsReadAmount(context.overdueTolerance ?? 0, API, 'overdueTolerance');
  const overrun = modelsReadRate(context.allowedOverrun ?? 0, API, 'allowedOverrun');
  const exposure = receivables.open.plus(unshipped).plus(orderAmount);
  const allowed = limit.amount.times(overrun.plus(1));
  const figures: DecisionsFigures = {
    exposure: inCurrency(exposure),
    limit,
    allowedExposure: inCurrency(allowed),
    overdue: inCurrency(overdue),
    overdueTolerance: inCurrency(tolerance),
  };
  const codes: CreditDecisionReasonCode[] = overdue.greaterThan(tolerance) ? ['OVERDUE_BALANCE'] : [];
  const mode = customer.grade.paymentMode;
  if (mode === 'cashInAdvance') codes.push('CASH_IN_ADVANCE');
  else if (mode === 'cashOnDelivery') codes.push('PAYMENT_ON_DELIVERY');
  else {
    if (exposure.greaterThan(allowed)) codes.push('OVER_LIMIT');
    else codes.push(exposure.greaterThan(limit.amount) ? 'WITHIN_OVERRUN' : 'WITHIN_LIMIT');
    if (mode === 'finalPaymentBeforeFinalGoods') codes.push('FINAL_PAYMENT_BEFORE_FINAL_GOODS');
  }
  const reasons = codes
    .map((code) => decisionsReason(code, figures))
    .sort((a, b) => creditDecisionStrictness[b.outcome] - creditDecisionStrictness[a.outcome]);
  return {
    decision: reasons[0]!.outcome,
    paymentMode: mode,
    exposure: figures.exposure,
    limit,
    allowedExposure: figures.allowedExposure,
    headroom: inCurrency(allowed.minus(exposure)),
    overdue: figures.overdue,
    reasons,
  };
}

function readCurrency(currency: string): string {
  try {
    return money(0, currency).currency;
  } catch (error) {
    throw relabelError(error, 'money', API);
  }
}
