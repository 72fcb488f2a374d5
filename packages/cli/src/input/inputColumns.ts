import { channelIds } from './_internals/channelIds.ts';
import type { InputColumn } from './InputColumn.ts';
import type { InputKind } from './InputKind.ts';

const column = (
  field: string,
  required: boolean,
  type: InputColumn['type'],
  description: string,
  choices?: readonly string[],
): InputColumn => Object.freeze({ field, required, type, description, ...(choices ? { choices } : {}) });

const ledgerId = (noun: string): InputColumn => column('id', true, 'text', `Unique ${noun} id.`);
const customerId = column('customerId', true, 'text', 'The customer, by id (customers file).');
const invoiceId = column('invoiceId', true, 'text', 'The invoice, by id (invoices file).');
const currency = column('currency', true, 'currency', 'ISO 4217 code, e.g. CNY.');
const instalment = column(
  'instalment',
  false,
  'integer',
  'The 1-based instalment of the invoice, when one is meant.',
);

/**
 * The columns of every input file kind, in the order the guide lists them: the field name, whether
 * the column is required, how its cells are read and what it means. Customers also take any number of
 * `tag.<key>` columns, and `credit-profiles` has one column per `CreditProfile` field.
 *
 * @example
 * ```ts
 * import { inputColumns } from '@receivables/cli';
 *
 * const required = inputColumns.invoices.filter((spec) => spec.required).map((spec) => spec.field);
 * console.log(required.join(',')); // id,customerId,currency,issueDate,amount
 * ```
 */
export const inputColumns: Readonly<Record<InputKind, readonly InputColumn[]>> = Object.freeze({
  customers: Object.freeze([
    ledgerId('customer'),
    column('name', true, 'text', 'Display name.'),
    column('group', false, 'text', 'The customer group whose policies apply.'),
    column('onboardedOn', false, 'date', 'The day trading with the customer began.'),
  ]),
  invoices: Object.freeze([
    ledgerId('invoice'),
    customerId,
    currency,
    column('issueDate', true, 'date', 'The day the invoice was issued.'),
    column(
      'dueDate',
      false,
      'date',
      'Required without instalments; with them, the last instalment’s due date.',
    ),
    column('amount', true, 'amount', 'Gross amount, positive, within the currency’s decimals.'),
    column('reference', false, 'text', 'The document number printed on the invoice.'),
  ]),
  instalments: Object.freeze([
    invoiceId,
    column(
      'number',
      false,
      'integer',
      '1-based position in the schedule; the row order within the invoice when absent.',
    ),
    column('dueDate', true, 'date', 'The day the instalment falls due.'),
    column('amount', true, 'amount', 'The instalment’s amount; the instalments sum to the invoice’s amount.'),
    column('role', false, 'choice', 'first, middle or final; by position when absent.', [
      'first',
      'middle',
      'final',
    ]),
  ]),
  payments: Object.freeze([
    ledgerId('payment'),
    customerId,
    currency,
    column('date', true, 'date', 'The value date of the receipt.'),
    column('amount', true, 'amount', 'Positive amount received.'),
    column('reference', false, 'text', 'Bank reference or receipt number.'),
  ]),
  'payment-applications': Object.freeze([
    column('paymentId', true, 'text', 'The payment, by id (payments file).'),
    invoiceId,
    instalment,
    column('amount', true, 'amount', 'Positive amount applied.'),
  ]),
  'credit-notes': Object.freeze([
    ledgerId('credit note'),
    customerId,
    currency,
    column('date', true, 'date', 'The day the credit note was issued.'),
    column('amount', true, 'amount', 'Positive amount credited.'),
    column('reason', false, 'text', 'Why the customer was credited.'),
  ]),
  'credit-note-applications': Object.freeze([
    column('creditNoteId', true, 'text', 'The credit note, by id (credit-notes file).'),
    invoiceId,
    instalment,
    column('amount', true, 'amount', 'Positive amount applied.'),
  ]),
  disputes: Object.freeze([
    ledgerId('dispute'),
    customerId,
    invoiceId,
    instalment,
    column('openedOn', true, 'date', 'The day the dispute was raised.'),
    column('resolvedOn', false, 'date', 'The day it was resolved; empty while it is open.'),
    column('amount', true, 'amount', 'Positive disputed amount, at most the invoice’s (or instalment’s).'),
    column('reason', false, 'text', 'What the customer disputes.'),
  ]),
  promises: Object.freeze([
    ledgerId('promise'),
    customerId,
    column(
      'invoiceIds',
      false,
      'list',
      'The invoices promised, separated by ;, empty for the whole balance.',
    ),
    column('madeOn', true, 'date', 'The day the promise was made.'),
    column('promisedDate', true, 'date', 'The day the customer promised to pay.'),
    column('amount', true, 'amount', 'Positive amount promised.'),
    currency,
    column('status', false, 'choice', 'open, kept or broken; open when absent.', ['open', 'kept', 'broken']),
  ]),
  'credit-profiles': Object.freeze([
    column('customerId', true, 'text', 'The customer, by id (customers file); one row per customer.'),
    column(
      'currency',
      false,
      'currency',
      'The currency of the amounts; the customer’s invoicing currency when absent.',
    ),
    column('currentRatio', false, 'number', 'Current assets ÷ current liabilities, not negative.'),
    column('debtToAssets', false, 'number', 'Total liabilities ÷ total assets, not negative.'),
    column(
      'collateralCoverage',
      false,
      'number',
      'Value of the security ÷ the requested limit, not negative.',
    ),
    column('outlook', false, 'choice', 'The industry outlook.', ['favourable', 'neutral', 'adverse']),
    column(
      'operatingCashFlowToCurrentLiabilities',
      false,
      'number',
      'Operating cash flow ÷ current liabilities.',
    ),
    column('yearsTrading', false, 'number', 'Years trading with us, not negative.'),
    column('companyAgeYears', false, 'number', 'The company’s age in years, not negative.'),
    column('courtDefaulter', false, 'boolean', 'On the list of dishonest judgment debtors (失信被执行人).'),
    column('abnormalOperation', false, 'boolean', 'Listed for abnormal operation (经营异常).'),
    column('licenceRevoked', false, 'boolean', 'Business licence revoked (吊销).'),
    column('deregistered', false, 'boolean', 'Deregistered (注销).'),
    column('signalCount', false, 'count', 'Danger signals observed in the review window.'),
    column('criticalSignals', false, 'count', 'How many of them are critical; at most signalCount.'),
    column('onTimeRatio', false, 'share', 'Overrides the share of the amount due paid on time, 0 to 1.'),
    column('brokenPromises', false, 'count', 'Overrides the promises broken in the last 12 months.'),
    column('monthsTrading', false, 'count', 'Overrides the whole months trading with the customer.'),
    column('annualCreditSales', false, 'amount', 'Forecast credit sales for the coming year, not negative.'),
    column('cycleMonths', false, 'count', 'Extra months of exposure from the statement cycle.'),
    column('netAssets', false, 'amount', 'Net assets from the latest statement (may be negative).'),
    column(
      'averageMonthlyReceipts',
      false,
      'amount',
      'Average monthly receipts over 6 months, not negative.',
    ),
    column('workingCapital', false, 'amount', 'Current assets − current liabilities (may be negative).'),
    column('unshippedOrders', false, 'amount', 'Orders accepted but not yet invoiced, not negative.'),
  ]),
  history: Object.freeze([
    column('kind', true, 'choice', 'What happened.', ['action', 'acknowledgement', 'deliveredDemand']),
    column('date', true, 'date', 'The day it happened.'),
    customerId,
    column('channel', false, 'choice', 'The channel of an action (required for actions).', channelIds),
    column('invoiceIds', false, 'list', 'The invoices it concerns, separated by ;, empty for all.'),
  ]),
});
