import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import { formatAmountJson } from '../../analysis/formatAmountJson.ts';
import type { CliLocale } from '../../program/CliOptions.ts';

/**
 * One customer's limit, exposure and risk tier as JSON: every figure of the computation, amounts as
 * exact decimal strings.
 *
 * @internal
 */
export function limitsJson(assessment: CustomerAssessment, locale: CliLocale): Record<string, unknown> {
  const { currency, limit, riskTier } = assessment;
  const amount = (value: Parameters<typeof formatAmountJson>[0]) => formatAmountJson(value, currency);
  return {
    customerId: assessment.customerId,
    name: assessment.name,
    currency,
    hasProfile: assessment.hasProfile,
    grade: assessment.grade?.id ?? null,
    creditDays: assessment.grade?.maxCreditDays ?? null,
    limit:
      limit.status === 'computed'
        ? {
            status: limit.status,
            creditDays: limit.creditDays,
            methods: limit.result.methods.map((method) =>
              method.status === 'applied'
                ? {
                    method: method.method,
                    status: method.status,
                    amount: amount(method.amount),
                    label: method.label[locale],
                  }
                : {
                    method: method.method,
                    status: method.status,
                    missing: method.missing,
                    label: method.label[locale],
                  },
            ),
            combination: limit.result.combination,
            combined: amount(limit.result.combined),
            newCustomer: limit.result.newCustomer,
            factor: limit.result.factor.toString(),
            step: amount(limit.result.step),
            limit: amount(limit.result.limit.amount),
          }
        : { status: limit.status },
    openReceivables: amount(assessment.facts.openReceivables),
    unshippedOrders: amount(assessment.facts.unshippedOrders),
    exposure: amount(assessment.exposure),
    available: assessment.available === null ? null : amount(assessment.available),
    overdue: amount(assessment.facts.overdue),
    riskTier: {
      tier: riskTier.tier,
      id: riskTier.id,
      label: riskTier.label[locale],
      utilisation:
        riskTier.utilisation === null || riskTier.utilisation === 'unbounded'
          ? riskTier.utilisation
          : riskTier.utilisation.toString(),
      firedTriggers: riskTier.firedTriggers.map((fired) => ({
        tier: fired.tier,
        trigger: fired.trigger.id,
        label: fired.trigger.label[locale],
        value: fired.value,
      })),
      measures: riskTier.measures.map((measure) => ({ id: measure.id, label: measure.label[locale] })),
      unevaluated: riskTier.unevaluated,
    },
    unconverted: {
      open: assessment.unconverted.open.map((money) => formatAmountJson(money.amount, money.currency)),
      unapplied: assessment.unconverted.unapplied.map((money) =>
        formatAmountJson(money.amount, money.currency),
      ),
      receipts: assessment.unconverted.receipts.map((money) =>
        formatAmountJson(money.amount, money.currency),
      ),
    },
  };
}
