import { decimal, describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CostBenefitLineId } from '../costBenefit/CostBenefitLineId.ts';
import type { CreditPolicy } from '../costBenefit/CreditPolicy.ts';
import { modelsReadAmount } from './modelsReadAmount.ts';
import { modelsReadCount } from './modelsReadCount.ts';
import { modelsReadRate } from './modelsReadRate.ts';

/** One policy's statement before it is compared. @internal */
export interface CostBenefitStatement {
  readonly averageCollectionDays: Decimal;
  readonly lines: Readonly<Record<CostBenefitLineId, Decimal>>;
  readonly profit: Decimal;
}

/**
 * Computes one policy's cost/benefit lines (spec §1.9), reading and checking every input; `field`
 * names the policy in error messages, e.g. `policies[1]`.
 *
 * @internal
 */
export function costBenefitStatement(
  policy: CreditPolicy,
  capitalCost: Decimal,
  daysInYear: number,
  api: string,
  field: string,
): CostBenefitStatement {
  const sales = modelsReadAmount(policy.annualCreditSales, api, `${field}.annualCreditSales`);
  const variableCostRatio = modelsReadRate(policy.variableCostRatio, api, `${field}.variableCostRatio`, 1);
  const badDebtRate = modelsReadRate(policy.badDebtRate, api, `${field}.badDebtRate`, 1);
  const collectionCost = modelsReadAmount(policy.collectionCost, api, `${field}.collectionCost`);
  const { averageCollectionDays, discountShare } = readPayments(policy, api, field);
  const lines: Record<CostBenefitLineId, Decimal> = {
    contribution: sales.times(decimal(1).minus(variableCostRatio)),
    // sales/360 × days × ratio × cost over one denominator, so only one division rounds.
    opportunityCost: sales
      .times(averageCollectionDays)
      .times(variableCostRatio)
      .times(capitalCost)
      .div(daysInYear),
    inventoryInterest: readInventoryInterest(policy, capitalCost, api, field),
    payablesSaving:
      policy.averagePayables === undefined
        ? decimal(0)
        : modelsReadAmount(policy.averagePayables, api, `${field}.averagePayables`).times(capitalCost),
    badDebtCost: sales.times(badDebtRate),
    collectionCost,
    discountCost: sales.times(discountShare),
  };
  const profit = lines.contribution
    .minus(lines.opportunityCost)
    .minus(lines.inventoryInterest)
    .plus(lines.payablesSaving)
    .minus(lines.badDebtCost)
    .minus(lines.collectionCost)
    .minus(lines.discountCost);
  return { averageCollectionDays, lines, profit };
}

function readPayments(policy: CreditPolicy, api: string, field: string) {
  let shares = decimal(0);
  let averageCollectionDays = decimal(0);
  let discountShare = decimal(0);
  policy.payments.forEach((payment, index) => {
    const at = `${field}.payments[${index}]`;
    const share = modelsReadRate(payment.share, api, `${at}.share`, 1);
    const day = modelsReadCount(payment.day, api, `${at}.day`);
    const discount = modelsReadRate(payment.discountRate ?? 0, api, `${at}.discountRate`);
    if (discount.greaterThanOrEqualTo(1)) {
      throw new ReceivablesError(
        'INVALID_RATE',
        `${api}: ${at}.discountRate: ${describeValue(payment.discountRate)} is not below 1`,
        {
          details: { field: `${at}.discountRate`, value: discount.toString() },
        },
      );
    }
    shares = shares.plus(share);
    averageCollectionDays = averageCollectionDays.plus(share.times(day));
    discountShare = discountShare.plus(share.times(discount));
  });
  if (!shares.equals(1)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field}.payments: the shares sum to ${shares.toString()}, not 1`,
      { details: { field: `${field}.payments`, value: shares.toString() } },
    );
  }
  return { averageCollectionDays, discountShare };
}

function readInventoryInterest(
  policy: CreditPolicy,
  capitalCost: Decimal,
  api: string,
  field: string,
): Decimal {
  const units = policy.averageInventoryUnits;
  const unitCost = policy.unitVariableCost;
  if (units === undefined && unitCost === undefined) return decimal(0);
  if (units === undefined || unitCost === undefined) {
    const missing = units === undefined ? 'averageInventoryUnits' : 'unitVariableCost';
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field}.${missing} is missing; the inventory interest needs both averageInventoryUnits and unitVariableCost`,
      { details: { field: `${field}.${missing}` } },
    );
  }
  return modelsReadAmount(units, api, `${field}.averageInventoryUnits`)
    .times(modelsReadAmount(unitCost, api, `${field}.unitVariableCost`))
    .times(capitalCost);
}
