import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import { recordAmountText } from './recordAmountText.ts';
import type { RecordInstalmentDraft } from './recordInstalmentSchema.ts';
import type { RecordRuleContext } from './recordRules.ts';
import { recordTooPrecise } from './recordTooPrecise.ts';
import { SuiteDecimal } from './SuiteDecimal.ts';

/** An invoice's fields as their own schemas leave them. @internal */
export interface RecordInvoiceFields {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly issueDate: IsoDate;
  readonly dueDate?: IsoDate | undefined;
  readonly amount: Decimal;
  readonly instalments?: readonly RecordInstalmentDraft[] | undefined;
  readonly reference?: string | undefined;
}

/**
 * The rules across an invoice's fields: decimals within the currency, due dates not before the issue
 * date and not going backwards, instalments summing to the amount, and a due date that is given
 * without instalments and agrees with the last one.
 *
 * @internal
 */
export function recordInvoiceRules(rule: RecordRuleContext<RecordInvoiceFields>): void {
  checkPrecision(rule);
  checkDueDates(rule);
  checkSchedule(rule);
}

function checkPrecision(rule: RecordRuleContext<RecordInvoiceFields>): void {
  const currency = rule.valid('currency');
  if (currency === undefined) return;
  const amount = rule.valid('amount');
  const reason = amount === undefined ? undefined : recordTooPrecise(amount, currency);
  if (reason !== undefined) rule.report('too_precise', reason, amount?.toString(), ['amount']);
  for (const { item, index } of rule.validItems('instalments')) {
    const tooPrecise = recordTooPrecise(item.amount, currency);
    if (tooPrecise === undefined) continue;
    rule.report('too_precise', tooPrecise, item.amount.toString(), ['instalments', index, 'amount']);
  }
}

function checkDueDates(rule: RecordRuleContext<RecordInvoiceFields>): void {
  const issueDate = rule.valid('issueDate');
  const dueDate = rule.valid('dueDate');
  if (issueDate !== undefined && dueDate !== undefined && dueDate < issueDate) {
    rule.report('due_before_issue', `due date ${dueDate} is before the issue date ${issueDate}`, dueDate, [
      'dueDate',
    ]);
  }
  let previous: { readonly dueDate: IsoDate; readonly index: number } | undefined;
  for (const { item, index } of rule.validItems('instalments')) {
    const path = ['instalments', index, 'dueDate'];
    if (issueDate !== undefined && item.dueDate < issueDate) {
      const message = `instalment ${index + 1} is due ${item.dueDate}, before the issue date ${issueDate}`;
      rule.report('due_before_issue', message, item.dueDate, path);
    }
    if (previous !== undefined && item.dueDate < previous.dueDate) {
      const message = `instalment ${index + 1} is due ${item.dueDate}, before instalment ${previous.index + 1} (${previous.dueDate}): due dates must not go backwards`;
      rule.report('instalments_out_of_order', message, item.dueDate, path);
    }
    previous = { dueDate: item.dueDate, index };
  }
}

function checkSchedule(rule: RecordRuleContext<RecordInvoiceFields>): void {
  if (!rule.has('instalments')) {
    if (!rule.has('dueDate')) {
      const id = rule.valid('id');
      const invoice = id === undefined ? 'the invoice' : `invoice ${JSON.stringify(id)}`;
      rule.report('due_date_missing', `${invoice} has neither a due date nor instalments`, undefined, [
        'dueDate',
      ]);
    }
    return;
  }
  const instalments = rule.valid('instalments');
  const last = instalments?.[instalments.length - 1];
  if (instalments === undefined || last === undefined) return;
  const dueDate = rule.valid('dueDate');
  if (dueDate !== undefined && dueDate !== last.dueDate) {
    const message = `due date ${dueDate} differs from the last instalment's due date ${last.dueDate}`;
    rule.report('due_date_mismatch', message, dueDate, ['dueDate']);
  }
  const amount = rule.valid('amount');
  if (amount === undefined) return;
  const sum = instalments.reduce((total: Decimal, part) => total.plus(part.amount), new SuiteDecimal(0));
  if (!sum.eq(amount)) {
    const currency = rule.valid('currency');
    const message = `the instalments sum to ${recordAmountText(sum, currency)} but the amount is ${recordAmountText(amount, currency)}`;
    rule.report('instalments_sum', message, sum.toString(), ['instalments']);
  }
}
