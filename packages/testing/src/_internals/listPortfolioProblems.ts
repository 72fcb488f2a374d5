import {
  currencyMinorUnits,
  decimal,
  type Invoice,
  type IsoDate,
  isIsoDate,
  type Portfolio,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { instalmentRole } from './instalmentRole.ts';

/** Options of {@link listPortfolioProblems}. @internal */
export interface PortfolioProblemOptions {
  /** When given, nothing may be issued, paid, credited, disputed or promised after it. */
  readonly asOf?: IsoDate;
}

type Report = (message: string) => void;

/**
 * Every way a portfolio breaks the invariants the generators promise, as sentences; empty when it
 * keeps them all. It checks on its own (not through core's `parsePortfolio`) so that the tests of the
 * generators do not lean on the code they help test: unique ids; references that resolve to the right
 * customer and currency; positive amounts within the currency's decimals; instalments numbered from 1,
 * roled by position, summing to the invoice, due on or after issue and never going backwards;
 * applications within their payment or credit note, and, added up over the portfolio, within each
 * invoice and each instalment; disputes within what they dispute; promises made no later than the
 * promised date; and, with `asOf`, nothing after it.
 *
 * @internal
 */
export function listPortfolioProblems(portfolio: Portfolio, options: PortfolioProblemOptions = {}): string[] {
  const problems: string[] = [];
  const report: Report = (message) => problems.push(message);
  const customers = uniqueIds('customer', portfolio.customers, report);
  const invoices = uniqueIds('invoice', portfolio.invoices, report);
  for (const customer of portfolio.customers) {
    if (customer.onboardedOn !== undefined && !isIsoDate(customer.onboardedOn)) {
      report(`customer ${customer.id}: onboardedOn ${customer.onboardedOn} is not a date`);
    }
  }
  for (const invoice of portfolio.invoices) checkInvoice(invoice, customers, options, report);
  checkMoney(portfolio, customers, invoices, options, report);
  checkDisputes(portfolio, invoices, options, report);
  checkPromises(portfolio, customers, invoices, options, report);
  return problems;
}

function uniqueIds<T extends { readonly id: string }>(
  kind: string,
  records: readonly T[],
  report: Report,
): Map<string, T> {
  const byId = new Map<string, T>();
  for (const record of records) {
    if (byId.has(record.id)) report(`${kind} id ${record.id} is used twice`);
    byId.set(record.id, record);
  }
  return byId;
}

function checkAmount(label: string, amount: Decimal, currency: string, report: Report): void {
  if (!amount.isPositive() || amount.isZero())
    report(`${label}: amount ${amount.toString()} is not positive`);
  if (amount.decimalPlaces() > currencyMinorUnits(currency)) {
    report(`${label}: amount ${amount.toString()} has more decimals than ${currency}`);
  }
}

function checkDate(label: string, date: IsoDate, options: PortfolioProblemOptions, report: Report): void {
  if (!isIsoDate(date)) report(`${label}: ${date} is not a date`);
  else if (options.asOf !== undefined && date > options.asOf)
    report(`${label}: ${date} is after asOf ${options.asOf}`);
}

function checkInvoice(
  invoice: Invoice,
  customers: ReadonlyMap<string, unknown>,
  options: PortfolioProblemOptions,
  report: Report,
): void {
  const label = `invoice ${invoice.id}`;
  if (!customers.has(invoice.customerId)) report(`${label}: customer ${invoice.customerId} is unknown`);
  checkAmount(label, invoice.amount, invoice.currency, report);
  checkDate(`${label} issueDate`, invoice.issueDate, options, report);
  const count = invoice.instalments.length;
  if (count === 0) report(`${label}: has no instalments`);
  let sum = decimal(0);
  let previousDue = invoice.issueDate;
  invoice.instalments.forEach((instalment, i) => {
    const part = `${label} instalment ${i + 1}`;
    if (instalment.index !== i + 1) report(`${part}: index is ${instalment.index}`);
    if (instalment.role !== instalmentRole(i, count)) report(`${part}: role is ${instalment.role}`);
    if (!isIsoDate(instalment.dueDate)) report(`${part}: due date ${instalment.dueDate} is not a date`);
    if (instalment.dueDate < previousDue) report(`${part}: due ${instalment.dueDate}, before ${previousDue}`);
    checkAmount(part, instalment.amount, invoice.currency, report);
    sum = sum.plus(instalment.amount);
    previousDue = instalment.dueDate;
  });
  if (!sum.equals(invoice.amount))
    report(`${label}: instalments sum to ${sum.toString()}, not ${invoice.amount.toString()}`);
  if (count > 0 && invoice.dueDate !== invoice.instalments[count - 1]?.dueDate) {
    report(`${label}: dueDate ${invoice.dueDate} is not the last instalment's`);
  }
}

/** Applied totals per invoice and per instalment, over every payment and credit note. */
function checkMoney(
  portfolio: Portfolio,
  customers: ReadonlyMap<string, unknown>,
  invoices: ReadonlyMap<string, Invoice>,
  options: PortfolioProblemOptions,
  report: Report,
): void {
  const applied = new Map<string, Decimal>();
  const money = [
    ...portfolio.payments.map((record) => ({ kind: 'payment', record })),
    ...portfolio.creditNotes.map((record) => ({ kind: 'credit note', record })),
  ];
  uniqueIds('payment', portfolio.payments, report);
  uniqueIds('credit note', portfolio.creditNotes, report);
  for (const { kind, record } of money) {
    const label = `${kind} ${record.id}`;
    if (!customers.has(record.customerId)) report(`${label}: customer ${record.customerId} is unknown`);
    checkAmount(label, record.amount, record.currency, report);
    checkDate(`${label} date`, record.date, options, report);
    let total = decimal(0);
    for (const application of record.applications) {
      const invoice = invoices.get(application.invoiceId);
      checkAmount(`${label} application`, application.amount, record.currency, report);
      total = total.plus(application.amount);
      if (invoice === undefined) {
        report(`${label}: invoice ${application.invoiceId} is unknown`);
        continue;
      }
      if (invoice.customerId !== record.customerId)
        report(`${label}: invoice ${invoice.id} is another customer's`);
      if (invoice.currency !== record.currency)
        report(`${label}: invoice ${invoice.id} is in ${invoice.currency}`);
      if (record.date < invoice.issueDate) report(`${label}: dated before invoice ${invoice.id} was issued`);
      add(applied, invoice.id, application.amount);
      if (application.instalment !== undefined) {
        if (invoice.instalments[application.instalment - 1] === undefined) {
          report(`${label}: invoice ${invoice.id} has no instalment ${application.instalment}`);
        }
        add(applied, `${invoice.id}#${application.instalment}`, application.amount);
      }
    }
    if (total.greaterThan(record.amount))
      report(`${label}: applies ${total.toString()}, more than its amount`);
  }
  checkTotals('applications', applied, invoices, report);
}

function add(totals: Map<string, Decimal>, key: string, amount: Decimal): void {
  totals.set(key, (totals.get(key) ?? decimal(0)).plus(amount));
}

/** Totals keyed `INV` (whole invoice) or `INV#n` (instalment n) must stay within their amounts. */
function checkTotals(
  what: string,
  totals: ReadonlyMap<string, Decimal>,
  invoices: ReadonlyMap<string, Invoice>,
  report: Report,
): void {
  for (const [key, total] of totals) {
    const [invoiceId = '', instalment] = key.split('#');
    const invoice = invoices.get(invoiceId);
    const limit =
      instalment === undefined ? invoice?.amount : invoice?.instalments[Number(instalment) - 1]?.amount;
    if (limit !== undefined && total.greaterThan(limit)) {
      report(`${what} on ${key} total ${total.toString()}, more than ${limit.toString()}`);
    }
  }
}

function checkDisputes(
  portfolio: Portfolio,
  invoices: ReadonlyMap<string, Invoice>,
  options: PortfolioProblemOptions,
  report: Report,
): void {
  uniqueIds('dispute', portfolio.disputes, report);
  const disputed = new Map<string, Decimal>();
  for (const dispute of portfolio.disputes) {
    const label = `dispute ${dispute.id}`;
    const invoice = invoices.get(dispute.invoiceId);
    if (invoice === undefined) {
      report(`${label}: invoice ${dispute.invoiceId} is unknown`);
      continue;
    }
    if (invoice.customerId !== dispute.customerId)
      report(`${label}: invoice ${invoice.id} is another customer's`);
    checkAmount(label, dispute.amount, invoice.currency, report);
    checkDate(`${label} openedOn`, dispute.openedOn, options, report);
    if (dispute.openedOn < invoice.issueDate) report(`${label}: opened before the invoice was issued`);
    if (dispute.resolvedOn !== undefined) {
      checkDate(`${label} resolvedOn`, dispute.resolvedOn, options, report);
      if (dispute.resolvedOn < dispute.openedOn) report(`${label}: resolved before it was opened`);
    }
    add(disputed, invoice.id, dispute.amount);
    if (dispute.instalment !== undefined) {
      if (invoice.instalments[dispute.instalment - 1] === undefined) {
        report(`${label}: invoice ${invoice.id} has no instalment ${dispute.instalment}`);
      }
      add(disputed, `${invoice.id}#${dispute.instalment}`, dispute.amount);
    }
  }
  checkTotals('disputes', disputed, invoices, report);
}

function checkPromises(
  portfolio: Portfolio,
  customers: ReadonlyMap<string, unknown>,
  invoices: ReadonlyMap<string, Invoice>,
  options: PortfolioProblemOptions,
  report: Report,
): void {
  uniqueIds('promise', portfolio.promises, report);
  for (const promise of portfolio.promises) {
    const label = `promise ${promise.id}`;
    if (!customers.has(promise.customerId)) report(`${label}: customer ${promise.customerId} is unknown`);
    checkAmount(label, promise.amount, promise.currency, report);
    checkDate(`${label} madeOn`, promise.madeOn, options, report);
    if (!isIsoDate(promise.promisedDate))
      report(`${label}: promisedDate ${promise.promisedDate} is not a date`);
    if (promise.promisedDate < promise.madeOn)
      report(`${label}: promises ${promise.promisedDate}, before it was made`);
    for (const invoiceId of promise.invoiceIds) {
      const invoice = invoices.get(invoiceId);
      if (invoice === undefined) report(`${label}: invoice ${invoiceId} is unknown`);
      else if (invoice.customerId !== promise.customerId)
        report(`${label}: invoice ${invoiceId} is another customer's`);
      else if (invoice.currency !== promise.currency)
        report(`${label}: invoice ${invoiceId} is in ${invoice.currency}`);
    }
  }
}
