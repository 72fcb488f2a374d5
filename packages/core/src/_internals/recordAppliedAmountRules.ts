import type { Decimal } from 'decimal.js';
import type { Application } from '../records/Application.ts';
import { recordAmountText } from './recordAmountText.ts';
import type { RecordRuleContext } from './recordRules.ts';
import { recordTooPrecise } from './recordTooPrecise.ts';
import { SuiteDecimal } from './SuiteDecimal.ts';

/** The fields that payments and credit notes share, as their own schemas leave them. @internal */
export interface RecordAppliedAmountFields {
  readonly currency: string;
  readonly amount: Decimal;
  readonly applications?: readonly Application[] | undefined;
}

/**
 * The rules of a payment or credit note (`kind`): its amount and every applied amount within the
 * currency's decimals, and the applications together not more than the amount.
 *
 * @internal
 */
export function recordAppliedAmountRules(
  kind: string,
): (rule: RecordRuleContext<RecordAppliedAmountFields>) => void {
  return (rule) => {
    const currency = rule.valid('currency');
    const amount = rule.valid('amount');
    if (currency !== undefined) checkPrecision(rule, currency, amount);
    if (amount === undefined || !rule.isValid(['applications'])) return;
    let applied: Decimal = new SuiteDecimal(0);
    for (const [index, application] of (rule.valid('applications') ?? []).entries()) {
      applied = applied.plus(application.amount);
      if (applied.lte(amount)) continue;
      const message = `the applications reach ${recordAmountText(applied, currency)}, more than the ${kind}'s amount ${recordAmountText(amount, currency)}`;
      rule.report('over_applied', message, application.amount.toString(), ['applications', index, 'amount']);
      return;
    }
  };
}

function checkPrecision(
  rule: RecordRuleContext<RecordAppliedAmountFields>,
  currency: string,
  amount: Decimal | undefined,
): void {
  const reason = amount === undefined ? undefined : recordTooPrecise(amount, currency);
  if (reason !== undefined) rule.report('too_precise', reason, amount?.toString(), ['amount']);
  for (const { item, index } of rule.validItems('applications')) {
    const tooPrecise = recordTooPrecise(item.amount, currency);
    if (tooPrecise === undefined) continue;
    rule.report('too_precise', tooPrecise, item.amount.toString(), ['applications', index, 'amount']);
  }
}
