import { type Customer, fromDayNumber, type IsoDate, type PromiseStatus } from '@receivables/core';
import { type CustomerProfile, customerPicker, drawCustomerProfiles } from './CustomerProfile.ts';
import { DAYS_AFTER_AS_OF, DAYS_BEFORE_SPAN, type GeneratorPlan } from './GeneratorPlan.ts';
import { createInvoiceDraft, drawInvoice, type InvoiceDraft, MAX_PARTS } from './InvoiceDraft.ts';
import { instalmentRole } from './instalmentRole.ts';
import { type NumberTable, rowsByDay } from './NumberTable.ts';
import { independentStreams } from './randomDraws.ts';
import { creditNoteId, disputeId, paymentId, promiseId } from './recordIds.ts';
import { createSettlementLog, DISPUTE, MONEY, PROMISE } from './SettlementLog.ts';
import type {
  RecordWriter,
  SyntheticApplication,
  SyntheticCreditNote,
  SyntheticDispute,
  SyntheticInvoice,
  SyntheticMoney,
  SyntheticPortfolio,
  SyntheticPromise,
} from './SyntheticPortfolio.ts';
import { settleInvoice } from './settleInvoice.ts';
import { DISPUTE_REASONS, GENERATED_CREDIT_REASONS } from './vocabulary.ts';

const STATUSES: readonly PromiseStatus[] = ['open', 'kept', 'broken'];

/** Shared by every unapplied payment: a third of a large portfolio's payments need no array of their own. */
const NOTHING_APPLIED: readonly never[] = Object.freeze([]);

/**
 * What writing records needs; amounts of whole instalments are written once and shared. Indexes read
 * from a table are doubles; `| 0` makes them the small integers array lookups are fast with.
 */
interface Output<A, I> {
  readonly writer: RecordWriter<A, I>;
  readonly dateOf: (day: number) => IsoDate;
  readonly profiles: readonly CustomerProfile[];
  readonly invoices: SyntheticInvoice<A, I>[];
  /** The written instalment amounts of invoices with a plan, by invoice index. */
  readonly planAmounts: (readonly A[] | undefined)[];
}

/**
 * Builds the synthetic portfolio a plan describes. Customers, invoices and their settlement each draw
 * from their own stream, so changing how invoices settle never changes the invoices themselves.
 * Invoices are written as they are drawn; payments, credit notes, disputes and promises are logged as
 * numbers and written in date order once all are known, so their numbers follow their dates.
 *
 * @internal
 */
export function buildSyntheticPortfolio<A, I>(
  plan: GeneratorPlan,
  writer: RecordWriter<A, I>,
): SyntheticPortfolio<A, I> {
  const streams = independentStreams(plan.seed, ['customers', 'invoices', 'settlements']);
  const profiles = drawCustomerProfiles(streams.customers, plan);
  const log = createSettlementLog(plan.invoiceCount);
  const payable = new Float64Array(MAX_PARTS);
  const receipts = { firstDay: 0, firstShare: 100, restDay: -1 };
  const context = { rng: streams.settlements, asOfDay: plan.asOfDay, log, payable, receipts };
  const pick = customerPicker(profiles);
  const output: Output<A, I> = {
    writer,
    dateOf: dateWriter(plan),
    profiles,
    invoices: [],
    planAmounts: [],
  };
  const draft = profiles.length === 0 ? undefined : createInvoiceDraft(profiles[0]!);
  for (let number = 1; draft !== undefined && number <= plan.invoiceCount; number++) {
    drawInvoice(streams.invoices, plan, pick(streams.invoices), number, draft);
    writeInvoice(output, draft);
    settleInvoice(context, draft);
  }
  const { payments, creditNotes, disputes, promises } = log;
  const days = [plan.firstIssueDay, plan.asOfDay] as const;
  return {
    customers: profiles.map((profile) => writeCustomer(profile, output.dateOf)),
    invoices: output.invoices,
    payments: writeInDateOrder(payments, days, (offset, n) =>
      writeMoney(output, payments.data, offset, paymentId(n)),
    ),
    creditNotes: writeInDateOrder(creditNotes, days, (offset, n) =>
      writeCreditNote(output, creditNotes.data, offset, n),
    ),
    disputes: writeInDateOrder(disputes, days, (offset, n) => writeDispute(output, disputes.data, offset, n)),
    promises: writeInDateOrder(promises, days, (offset, n) => writePromise(output, promises.data, offset, n)),
  };
}

/**
 * Writes a table's rows as records numbered 1, 2, … in date order (column 0 is the day). Rows are
 * visited in the order they were logged, which follows the invoices through memory, and each record
 * is placed at its rank: visiting rows in date order instead jumps across a million rows.
 */
function writeInDateOrder<R>(
  table: NumberTable,
  [firstDay, lastDay]: readonly [number, number],
  write: (offset: number, n: number) => R,
): R[] {
  const order = rowsByDay(table, 0, firstDay, lastDay);
  const rank = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  const records = new Array<R>(order.length);
  for (let row = 0; row < order.length; row++)
    records[rank[row]!] = write(row * table.stride, rank[row]! + 1);
  return records;
}

/** Date texts by day number, each written once: a portfolio spans a few thousand days at most. */
function dateWriter(plan: GeneratorPlan): (day: number) => IsoDate {
  const firstDay = plan.firstIssueDay - DAYS_BEFORE_SPAN;
  const texts: (IsoDate | undefined)[] = new Array(plan.asOfDay + DAYS_AFTER_AS_OF - firstDay + 1);
  return (day) => {
    const slot = day - firstDay;
    let text = texts[slot];
    if (text === undefined) {
      text = fromDayNumber(day);
      texts[slot] = text;
    }
    return text;
  };
}

function writeCustomer(profile: CustomerProfile, dateOf: (day: number) => IsoDate): Customer {
  return {
    id: profile.id,
    name: profile.name,
    group: profile.group,
    tags: { region: profile.region, salesperson: profile.salesperson },
    onboardedOn: dateOf(Math.min(profile.onboardDay, profile.firstInvoiceDay)),
  };
}

function writeInvoice<A, I>(output: Output<A, I>, draft: InvoiceDraft): void {
  const { writer, dateOf } = output;
  const { scale } = draft.profile.currency;
  const { count } = draft;
  const amount = writer.amount(draft.totalMinor, scale);
  // Arrays of the exact length: an empty array grown by push reserves room for 17.
  let instalments: I[];
  let amounts: A[] | undefined;
  if (count === 1) {
    instalments = [writer.instalment(1, dateOf(draft.dueDays[0]!), amount, 'final')];
  } else {
    amounts = new Array<A>(count);
    instalments = new Array<I>(count);
    for (let i = 0; i < count; i++) {
      const part = writer.amount(draft.minors[i]!, scale);
      amounts[i] = part;
      instalments[i] = writer.instalment(i + 1, dateOf(draft.dueDays[i]!), part, instalmentRole(i, count));
    }
  }
  output.planAmounts.push(amounts);
  output.invoices.push({
    id: draft.id,
    customerId: draft.profile.id,
    currency: draft.profile.currency.code,
    issueDate: dateOf(draft.issueDay),
    dueDate: dateOf(draft.dueDays[count - 1]!),
    amount,
    instalments,
  });
}

/**
 * The invoice (and instalment, on a plan) the row at `offset` names. All three tables keep invoice
 * and instalment in the same columns.
 */
function targetOf<A, I>(
  output: Output<A, I>,
  data: Float64Array,
  offset: number,
): { readonly invoiceId: string; readonly instalment?: number } {
  const invoice = output.invoices[data[offset + MONEY.invoice]! | 0]!;
  return invoice.instalments.length === 1
    ? { invoiceId: invoice.id }
    : { invoiceId: invoice.id, instalment: data[offset + MONEY.position]! + 1 };
}

/** The row's amount, shared with its instalment's written amount when it is the whole instalment. */
function amountOf<A, I>(
  output: Output<A, I>,
  data: Float64Array,
  offset: number,
  profile: CustomerProfile,
): A {
  if (data[offset + MONEY.full] === 1) {
    const invoiceIndex = data[offset + MONEY.invoice]! | 0;
    const planned = output.planAmounts[invoiceIndex];
    return planned === undefined
      ? output.invoices[invoiceIndex]!.amount
      : planned[data[offset + MONEY.position]! | 0]!;
  }
  return output.writer.amount(data[offset + MONEY.minor]!, profile.currency.scale);
}

function writeMoney<A, I>(
  output: Output<A, I>,
  data: Float64Array,
  offset: number,
  id: string,
): SyntheticMoney<A> {
  const profile = output.profiles[data[offset + MONEY.customer]! | 0]!;
  const amount = amountOf(output, data, offset, profile);
  let applications: readonly SyntheticApplication<A>[] = NOTHING_APPLIED;
  if (data[offset + MONEY.applied] === 1) {
    // Literals rather than a spread of targetOf(): this runs a million times and the spread's object is garbage.
    const invoice = output.invoices[data[offset + MONEY.invoice]! | 0]!;
    applications =
      invoice.instalments.length === 1
        ? [{ invoiceId: invoice.id, amount }]
        : [{ invoiceId: invoice.id, instalment: data[offset + MONEY.position]! + 1, amount }];
  }
  return {
    id,
    customerId: profile.id,
    currency: profile.currency.code,
    date: output.dateOf(data[offset + MONEY.day]!),
    amount,
    applications,
  };
}

function writeCreditNote<A, I>(
  output: Output<A, I>,
  data: Float64Array,
  offset: number,
  n: number,
): SyntheticCreditNote<A> {
  return {
    ...writeMoney(output, data, offset, creditNoteId(n)),
    reason: GENERATED_CREDIT_REASONS[data[offset + MONEY.reason]!]!,
  };
}

function writeDispute<A, I>(
  output: Output<A, I>,
  data: Float64Array,
  offset: number,
  n: number,
): SyntheticDispute<A> {
  const profile = output.profiles[data[offset + DISPUTE.customer]! | 0]!;
  const resolvedDay = data[offset + DISPUTE.resolvedDay]!;
  return {
    id: disputeId(n),
    customerId: profile.id,
    ...targetOf(output, data, offset),
    openedOn: output.dateOf(data[offset + DISPUTE.day]!),
    ...(resolvedDay < 0 ? {} : { resolvedOn: output.dateOf(resolvedDay) }),
    amount: amountOf(output, data, offset, profile),
    reason: DISPUTE_REASONS[data[offset + DISPUTE.reason]!]!,
  };
}

function writePromise<A, I>(
  output: Output<A, I>,
  data: Float64Array,
  offset: number,
  n: number,
): SyntheticPromise<A> {
  const profile = output.profiles[data[offset + PROMISE.customer]! | 0]!;
  return {
    id: promiseId(n),
    customerId: profile.id,
    invoiceIds: data[offset + PROMISE.namesInvoice] === 1 ? [targetOf(output, data, offset).invoiceId] : [],
    madeOn: output.dateOf(data[offset + PROMISE.day]!),
    promisedDate: output.dateOf(data[offset + PROMISE.promisedDay]!),
    amount: amountOf(output, data, offset, profile),
    currency: profile.currency.code,
    status: STATUSES[data[offset + PROMISE.status]!]!,
  };
}
