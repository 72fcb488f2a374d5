import type { AgedBalance, OpenItem } from '@receivables/aging';
import {
  type AmountInput,
  decimal,
  describeValue,
  fromMinorUnits,
  ReceivablesError,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CreditCustomer } from '../decisions/CreditCustomer.ts';
import type { CreditDecisionContext } from '../decisions/CreditDecisionContext.ts';
import { modelsReadAmount } from './modelsReadAmount.ts';
import { modelsReadDate } from './modelsReadDate.ts';

/** What the customer owes now and, when the input tells, how much of it is overdue. @internal */
export interface DecisionsOpenReceivables {
  readonly open: Decimal;
  readonly overdue: Decimal | undefined;
}

/**
 * Reads `openReceivables` in any of its three forms: a plain amount, an aging line, or open items.
 *
 * @internal
 */
export function decisionsOpenReceivables(
  customer: CreditCustomer,
  context: CreditDecisionContext,
  api: string,
): DecisionsOpenReceivables {
  const value = customer.openReceivables;
  if (value === undefined) return { open: decimal(0), overdue: undefined };
  if (Array.isArray(value)) return fromOpenItems(value as readonly OpenItem[], customer.id, context, api);
  if (typeof value === 'object' && value !== null && 'balance' in value) {
    const line = value as AgedBalance;
    requireCurrency(line.currency, context.currency, api, 'openReceivables.currency');
    return {
      open: modelsReadAmount(line.balance, api, 'openReceivables.balance'),
      overdue: modelsReadAmount(line.overdue, api, 'openReceivables.overdue'),
    };
  }
  return { open: modelsReadAmount(value as AmountInput, api, 'openReceivables'), overdue: undefined };
}

function fromOpenItems(
  items: readonly OpenItem[],
  customerId: string | undefined,
  context: CreditDecisionContext,
  api: string,
): DecisionsOpenReceivables {
  if (context.asOf === undefined) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: asOf is missing; open items need the day of the decision to tell what is overdue`,
      { details: { field: 'asOf' } },
    );
  }
  const asOf = modelsReadDate(context.asOf, api, 'asOf');
  let open = decimal(0);
  let overdue = decimal(0);
  items.forEach((item, index) => {
    if (customerId !== undefined && item.customerId !== customerId) return;
    requireCurrency(item.currency, context.currency, api, `openReceivables[${index}].currency`);
    const amount = fromMinorUnits(item.openMinor, item.currency);
    open = open.plus(amount);
    if (modelsReadDate(item.dueDate, api, `openReceivables[${index}].dueDate`) < asOf) {
      overdue = overdue.plus(amount);
    }
  });
  return { open, overdue };
}

function requireCurrency(found: string, expected: string, api: string, field: string): void {
  if (found === expected) return;
  throw new ReceivablesError(
    'CURRENCY_MISMATCH',
    `${api}: ${field}: ${describeValue(found)} differs from the decision's currency ${expected}; convert the amounts first`,
    { details: { field, value: found, expected } },
  );
}
