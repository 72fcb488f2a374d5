import type { Application } from '../records/Application.ts';
import type { CreditNote } from '../records/CreditNote.ts';
import type { Customer } from '../records/Customer.ts';
import type { Dispute } from '../records/Dispute.ts';
import type { Invoice } from '../records/Invoice.ts';
import type { Payment } from '../records/Payment.ts';
import type { PromiseToPay } from '../records/PromiseToPay.ts';
import { type PortfolioApply, portfolioAppliedTotals } from './portfolioAppliedTotals.ts';
import { type PortfolioIndex, portfolioIndex } from './portfolioIndex.ts';
import type { RecordPath } from './RecordPath.ts';
import { recordAmountText } from './recordAmountText.ts';
import type { RecordRuleContext } from './recordRules.ts';
import { recordTooPrecise } from './recordTooPrecise.ts';

/** A portfolio's lists as the record schemas leave them. @internal */
export interface PortfolioFields {
  readonly customers?: readonly Customer[] | undefined;
  readonly invoices?: readonly Invoice[] | undefined;
  readonly payments?: readonly Payment[] | undefined;
  readonly creditNotes?: readonly CreditNote[] | undefined;
  readonly disputes?: readonly Dispute[] | undefined;
  readonly promises?: readonly PromiseToPay[] | undefined;
}

type Rule = RecordRuleContext<PortfolioFields>;

interface Indexes {
  readonly customers: PortfolioIndex<Customer>;
  readonly invoices: PortfolioIndex<Invoice>;
}

/**
 * The checks across a portfolio's records, on the records that passed their own schema: unique ids
 * per kind, known customers and invoices, matching customers and currencies, instalments that exist,
 * applications within the invoices and instalments, disputes within the invoice. One pass over each
 * list with maps, so the work is linear in the number of records.
 *
 * @internal
 */
export function portfolioCrossChecks(rule: Rule): void {
  const invoices = rule.validItems('invoices');
  const indexes: Indexes = {
    customers: portfolioIndex(rule, 'customers', 'customer', rule.validItems('customers')),
    invoices: portfolioIndex(rule, 'invoices', 'invoice', invoices),
  };
  for (const { item, index } of invoices) checkCustomer(rule, indexes, item.customerId, ['invoices', index]);
  const apply = portfolioAppliedTotals(rule.report);
  checkApplied(rule, indexes, 'payments', 'payment', apply);
  checkApplied(rule, indexes, 'creditNotes', 'credit note', apply);
  checkDisputes(rule, indexes);
  checkPromises(rule, indexes);
}

function checkCustomer(rule: Rule, indexes: Indexes, customerId: string, recordPath: RecordPath): void {
  if (indexes.customers.knows(customerId)) return;
  const message = `customer ${JSON.stringify(customerId)} is not among the portfolio's customers`;
  rule.report('unknown_customer', message, customerId, [...recordPath, 'customerId']);
}

/** The invoice a record refers to, when it exists and belongs to the record's customer. */
function invoiceFor(
  rule: Rule,
  indexes: Indexes,
  invoiceId: string,
  customerId: string,
  path: RecordPath,
): Invoice | undefined {
  const invoice = indexes.invoices.byId.get(invoiceId)?.record;
  if (invoice === undefined) {
    if (!indexes.invoices.knows(invoiceId)) {
      const message = `invoice ${JSON.stringify(invoiceId)} is not among the portfolio's invoices`;
      rule.report('unknown_invoice', message, invoiceId, path);
    }
    return undefined;
  }
  if (invoice.customerId !== customerId) {
    const message = `invoice ${JSON.stringify(invoiceId)} belongs to customer ${JSON.stringify(invoice.customerId)}, not ${JSON.stringify(customerId)}`;
    rule.report('customer_mismatch', message, invoiceId, path);
    return undefined;
  }
  return invoice;
}

/** Whether `instalment` (when given) is a number of the invoice's schedule; reports it when not. */
function hasInstalment(
  rule: Rule,
  invoice: Invoice,
  instalment: number | undefined,
  path: RecordPath,
): boolean {
  if (instalment === undefined || instalment <= invoice.instalments.length) return true;
  const count = invoice.instalments.length;
  const message = `invoice ${JSON.stringify(invoice.id)} has ${count} instalment${count === 1 ? '' : 's'}, so there is no instalment ${instalment}`;
  rule.report('unknown_instalment', message, instalment, path);
  return false;
}

function checkApplied(
  rule: Rule,
  indexes: Indexes,
  list: 'payments' | 'creditNotes',
  kind: string,
  apply: PortfolioApply,
): void {
  const entries = rule.validItems(list);
  portfolioIndex(rule, list, kind, entries);
  for (const { item, index } of entries) {
    checkCustomer(rule, indexes, item.customerId, [list, index]);
    item.applications.forEach((application, position) => {
      checkApplication(rule, indexes, item, application, [list, index, 'applications', position], apply);
    });
  }
}

function checkApplication(
  rule: Rule,
  indexes: Indexes,
  source: Payment | CreditNote,
  application: Application,
  path: RecordPath,
  apply: PortfolioApply,
): void {
  const invoice = invoiceFor(rule, indexes, application.invoiceId, source.customerId, [...path, 'invoiceId']);
  if (invoice === undefined) return;
  if (invoice.currency !== source.currency) {
    const message = `invoice ${JSON.stringify(invoice.id)} is in ${invoice.currency}, not ${source.currency}`;
    rule.report('currency_mismatch', message, source.currency, [...path, 'invoiceId']);
    return;
  }
  if (hasInstalment(rule, invoice, application.instalment, [...path, 'instalment']))
    apply(invoice, application, path);
}

function checkDisputes(rule: Rule, indexes: Indexes): void {
  const entries = rule.validItems('disputes');
  portfolioIndex(rule, 'disputes', 'dispute', entries);
  for (const { item, index } of entries) {
    const path = ['disputes', index];
    checkCustomer(rule, indexes, item.customerId, path);
    const invoice = invoiceFor(rule, indexes, item.invoiceId, item.customerId, [...path, 'invoiceId']);
    if (invoice === undefined || !hasInstalment(rule, invoice, item.instalment, [...path, 'instalment']))
      continue;
    const tooPrecise = recordTooPrecise(
      item.amount,
      invoice.currency,
      `${invoice.currency} (invoice ${JSON.stringify(invoice.id)})`,
    );
    if (tooPrecise !== undefined) {
      rule.report('too_precise', tooPrecise, item.amount.toString(), [...path, 'amount']);
      continue;
    }
    const instalment = item.instalment === undefined ? undefined : invoice.instalments[item.instalment - 1];
    const limit = instalment?.amount ?? invoice.amount;
    if (item.amount.lte(limit)) continue;
    const target = instalment === undefined ? '' : `instalment ${instalment.index} of `;
    const message = `the disputed ${recordAmountText(item.amount, invoice.currency)} is more than ${target}invoice ${JSON.stringify(invoice.id)}, ${recordAmountText(limit, invoice.currency)}`;
    rule.report('dispute_exceeds_invoice', message, item.amount.toString(), [...path, 'amount']);
  }
}

function checkPromises(rule: Rule, indexes: Indexes): void {
  const entries = rule.validItems('promises');
  portfolioIndex(rule, 'promises', 'promise', entries);
  for (const { item, index } of entries) {
    const path = ['promises', index];
    checkCustomer(rule, indexes, item.customerId, path);
    item.invoiceIds.forEach((invoiceId, position) => {
      invoiceFor(rule, indexes, invoiceId, item.customerId, [...path, 'invoiceIds', position]);
    });
  }
}
