import { currencyMinorUnits, type Money } from '@receivables/core';
import type { CreditDecisionOutcome } from '../decisions/CreditDecisionOutcome.ts';
import type { CreditDecisionReason, CreditDecisionReasonCode } from '../decisions/CreditDecisionReason.ts';

/** The figures a reason's sentence quotes. @internal */
export interface DecisionsFigures {
  readonly exposure: Money;
  readonly limit: Money;
  readonly allowedExposure: Money;
  readonly overdue: Money;
  readonly overdueTolerance: Money;
}

const OUTCOMES: Readonly<Record<CreditDecisionReasonCode, CreditDecisionOutcome>> = {
  CASH_IN_ADVANCE: 'requirePrepayment',
  PAYMENT_ON_DELIVERY: 'approve',
  FINAL_PAYMENT_BEFORE_FINAL_GOODS: 'approve',
  OVERDUE_BALANCE: 'hold',
  OVER_LIMIT: 'hold',
  WITHIN_OVERRUN: 'approve',
  WITHIN_LIMIT: 'approve',
};

/** Shows an amount at its currency's scale when it has no more decimals than that, exactly otherwise. */
function show(value: Money): string {
  const digits = currencyMinorUnits(value.currency);
  const text = value.amount.decimalPlaces() <= digits ? value.amount.toFixed(digits) : value.amount.toFixed();
  return `${value.currency} ${text}`;
}

/**
 * Builds a reason with its outcome and a sentence, in English and Chinese, quoting the figures.
 *
 * @internal
 */
export function decisionsReason(
  code: CreditDecisionReasonCode,
  figures: DecisionsFigures,
): CreditDecisionReason {
  const exposure = show(figures.exposure);
  const limit = show(figures.limit);
  const allowed = show(figures.allowedExposure);
  const texts: Record<CreditDecisionReasonCode, readonly [string, string]> = {
    CASH_IN_ADVANCE: [
      'The grade requires cash in advance: release the goods only after payment',
      '该等级要求先款后货：收到货款后方可发货',
    ],
    PAYMENT_ON_DELIVERY: [
      'The grade requires payment on delivery: each batch is paid at handover',
      '该等级要求同款同货：每批货交付时结清货款',
    ],
    FINAL_PAYMENT_BEFORE_FINAL_GOODS: [
      'The grade requires final payment before final goods: release the last batch only after the balance is paid',
      '该等级要求尾款尾货：结清余款后方可发最后一批货',
    ],
    OVERDUE_BALANCE: [
      `Overdue ${show(figures.overdue)} exceeds the tolerance of ${show(figures.overdueTolerance)}`,
      `逾期金额 ${show(figures.overdue)} 超过容差 ${show(figures.overdueTolerance)}`,
    ],
    OVER_LIMIT: [
      `Exposure ${exposure} exceeds the limit ${limit} plus the allowed overrun (${allowed})`,
      `风险敞口 ${exposure} 超过信用额度 ${limit} 加允许超额（${allowed}）`,
    ],
    WITHIN_OVERRUN: [
      `Exposure ${exposure} exceeds the limit ${limit} but stays within the allowed overrun (${allowed})`,
      `风险敞口 ${exposure} 超过信用额度 ${limit}，但在允许超额（${allowed}）以内`,
    ],
    WITHIN_LIMIT: [
      `Exposure ${exposure} is within the limit ${limit}`,
      `风险敞口 ${exposure} 在信用额度 ${limit} 以内`,
    ],
  };
  const [en, zh] = texts[code];
  return { code, outcome: OUTCOMES[code], label: { en, 'zh-CN': zh } };
}
