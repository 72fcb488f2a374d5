import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { PaymentBehaviour } from './CustomerProfile.ts';
import type { InvoiceDraft } from './InvoiceDraft.ts';
import { addRow, type NumberTable } from './NumberTable.ts';
import { between, chance } from './randomDraws.ts';
import { DISPUTE, MONEY, PROMISE, type SettlementLog } from './SettlementLog.ts';
import { CREDIT_NOTE_REASONS, DISPUTE_REASONS, GENERATED_CREDIT_REASONS } from './vocabulary.ts';

/** What settling one invoice needs. @internal */
export interface SettlementContext {
  readonly rng: RandomGenerator;
  readonly asOfDay: number;
  readonly log: SettlementLog;
  /** Scratch: what is still payable on each instalment of the invoice being settled. */
  readonly payable: Float64Array;
  /** Scratch: the receipts planned for the instalment being collected. */
  readonly receipts: ReceiptPlan;
}

/** Index of the dispute-settlement reason among the generated credit-note reasons. */
const SETTLEMENT_REASON = GENERATED_CREDIT_REASONS.length - 1;
/** Indexes of promise statuses, as written: open, kept, broken. */
const [OPEN, KEPT, BROKEN] = [0, 1, 2];

const LATE_PAYERS: ReadonlySet<PaymentBehaviour> = new Set([
  'slow',
  'chronic',
  'partial',
  'disputer',
  'defaulter',
]);

/**
 * Plays out one invoice up to `asOf`: maybe a price-adjustment credit note, maybe a dispute (often for
 * disputers, rarely for others) that is resolved by a credit note or a late payment, then each
 * instalment paid as the customer's behaviour dictates, with promises to pay from late payers, and now
 * and then cash paid on account. What each step pays or credits comes out of what is still payable,
 * so applications never exceed an instalment.
 *
 * @internal
 */
export function settleInvoice(context: SettlementContext, invoice: InvoiceDraft): void {
  const { payable } = context;
  payable.set(invoice.minors);
  adjustPrice(context, invoice, payable);
  raiseDispute(context, invoice, payable);
  for (let position = 0; position < invoice.count; position++) {
    if (payable[position]! > 0) collectInstalment(context, invoice, position, payable[position]!);
  }
  payOnAccount(context, invoice);
}

/**
 * A share of an amount as people write it: whole units of the currency when it is at least one unit
 * (a partial payment of 5,000.00 against 12,345.67), else at least one minor unit. Whole amounts are
 * also the cheap ones to make as `Decimal`s.
 */
function roundedDown(minor: number, invoice: InvoiceDraft): number {
  const unit = invoice.profile.currency.minorPerMajor;
  return minor >= unit ? minor - (minor % unit) : Math.max(1, minor);
}

/**
 * Logs a payment or credit note against instalment `position` (or on account when `position` is -1).
 */
function logMoney(
  table: NumberTable,
  invoice: InvoiceDraft,
  day: number,
  minor: number,
  position: number,
  applied: boolean,
  reason: number,
): void {
  const row = addRow(table);
  const { data } = table;
  data[row + MONEY.day] = day;
  data[row + MONEY.customer] = invoice.profile.index;
  data[row + MONEY.minor] = minor;
  data[row + MONEY.invoice] = position < 0 ? -1 : invoice.index;
  data[row + MONEY.position] = Math.max(0, position);
  data[row + MONEY.full] = position >= 0 && invoice.minors[position]! === minor ? 1 : 0;
  data[row + MONEY.applied] = applied ? 1 : 0;
  data[row + MONEY.reason] = reason;
}

/** About 1.5% of invoices get a credit note of 2–15% against the last instalment. */
function adjustPrice(context: SettlementContext, invoice: InvoiceDraft, payable: Float64Array): void {
  const { rng } = context;
  if (!chance(rng, 15, 1000)) return;
  const last = invoice.count - 1;
  const minor = Math.min(
    payable[last]!,
    roundedDown(Math.floor((invoice.totalMinor * between(rng, 2, 15)) / 100), invoice),
  );
  const day = invoice.issueDay + between(rng, 5, 45);
  const reason = between(rng, 0, CREDIT_NOTE_REASONS.length - 1);
  if (day > context.asOfDay) return;
  payable[last] = payable[last]! - minor;
  logMoney(context.log.creditNotes, invoice, day, minor, last, true, reason);
}

function logDispute(
  table: NumberTable,
  invoice: InvoiceDraft,
  openedDay: number,
  minor: number,
  position: number,
  resolvedDay: number,
  reason: number,
): void {
  const row = addRow(table);
  const { data } = table;
  data[row + DISPUTE.day] = openedDay;
  data[row + DISPUTE.customer] = invoice.profile.index;
  data[row + DISPUTE.minor] = minor;
  data[row + DISPUTE.invoice] = invoice.index;
  data[row + DISPUTE.position] = position;
  data[row + DISPUTE.full] = invoice.minors[position]! === minor ? 1 : 0;
  data[row + DISPUTE.resolvedDay] = resolvedDay;
  data[row + DISPUTE.reason] = reason;
}

/**
 * Disputes 30% of a disputer's invoices and 1% of everyone else's (about 3% overall). The disputed
 * part is withheld; a resolved dispute ends in a credit note or a payment, half and half.
 */
function raiseDispute(context: SettlementContext, invoice: InvoiceDraft, payable: Float64Array): void {
  const { rng, asOfDay, log } = context;
  if (!chance(rng, invoice.profile.behaviour === 'disputer' ? 30 : 1)) return;
  const position = between(rng, 0, invoice.count - 1);
  const openedDay = Math.max(invoice.issueDay, invoice.dueDays[position]! + between(rng, -10, 20));
  const minor = roundedDown(Math.floor((payable[position]! * between(rng, 20, 100)) / 100), invoice);
  const resolvedDay = chance(rng, 60) ? openedDay + between(rng, 15, 120) : -1;
  const creditedOnResolution = chance(rng, 50);
  const reason = between(rng, 0, DISPUTE_REASONS.length - 1);
  if (openedDay > asOfDay || payable[position]! <= 0) return;
  payable[position] = payable[position]! - minor;
  const resolved = resolvedDay <= asOfDay ? resolvedDay : -1;
  logDispute(log.disputes, invoice, openedDay, minor, position, resolved, reason);
  if (resolved < 0) return;
  if (creditedOnResolution)
    logMoney(log.creditNotes, invoice, resolved, minor, position, true, SETTLEMENT_REASON);
  else receive(context, invoice, position, resolved + between(rng, 0, 15), minor);
}

/** When and how much a customer means to pay on one instalment; refilled for every instalment. @internal */
export interface ReceiptPlan {
  firstDay: number;
  /** Percent of the instalment paid on `firstDay`. */
  firstShare: number;
  /** When the rest is paid; -1 for never. */
  restDay: number;
}

/**
 * Pays one instalment as the behaviour dictates, then records the promises a late payer made
 * meanwhile. Partial payers and some chronic payers pay in two parts, the second sometimes never.
 */
function collectInstalment(
  context: SettlementContext,
  invoice: InvoiceDraft,
  position: number,
  minor: number,
): void {
  const { receipts } = context;
  planReceipts(context.rng, invoice.profile.behaviour, invoice.dueDays[position]!, receipts);
  const first =
    receipts.firstShare === 100
      ? minor
      : roundedDown(Math.floor((minor * receipts.firstShare) / 100), invoice);
  const firstPaid = receive(context, invoice, position, receipts.firstDay, first);
  const restPaid =
    first < minor && receipts.restDay >= 0 && firstPaid >= 0
      ? receive(context, invoice, position, Math.max(receipts.restDay, receipts.firstDay), minor - first)
      : -1;
  if (!LATE_PAYERS.has(invoice.profile.behaviour)) return;
  promiseToPay(context, invoice, position, minor, firstPaid, first === minor ? firstPaid : restPaid);
}

function planReceipts(
  rng: RandomGenerator,
  behaviour: PaymentBehaviour,
  dueDay: number,
  plan: ReceiptPlan,
): void {
  plan.firstShare = 100;
  plan.restDay = -1;
  switch (behaviour) {
    case 'prompt':
      plan.firstDay = dueDay + (chance(rng, 85) ? between(rng, -10, 0) : between(rng, 1, 7));
      return;
    case 'slow':
      plan.firstDay = dueDay + between(rng, 10, 40);
      return;
    case 'disputer':
      plan.firstDay = dueDay + between(rng, 5, 30);
      return;
    case 'defaulter':
      plan.firstDay = dueDay + between(rng, 10, 45);
      return;
    case 'chronic':
      plan.firstDay = dueDay + between(rng, 60, 150);
      if (chance(rng, 30)) {
        plan.firstShare = 50;
        plan.restDay = dueDay + between(rng, 151, 240);
      }
      return;
    case 'partial':
      plan.firstDay = dueDay + between(rng, 0, 20);
      plan.firstShare = between(rng, 30, 70);
      plan.restDay = chance(rng, 80) ? dueDay + between(rng, 30, 90) : -1;
      return;
  }
}

/**
 * Logs a receipt if it has happened by `asOf` (and before a defaulter stopped paying), returning its
 * day, or -1. Three in four name the invoice (and the instalment, on a plan); the rest arrive
 * unapplied, for the aging rules to apply oldest first.
 */
function receive(
  context: SettlementContext,
  invoice: InvoiceDraft,
  position: number,
  plannedDay: number,
  minor: number,
): number {
  const day = Math.max(plannedDay, invoice.issueDay);
  const applied = chance(context.rng, 75);
  if (day > context.asOfDay || day > invoice.profile.stopDay) return -1;
  logMoney(context.log.payments, invoice, day, minor, position, applied, -1);
  return day;
}

/**
 * A late payer not yet paying a week or two after the due date promises to pay: 40% of the time, and
 * chronic payers and defaulters may promise again after breaking it. A promise is kept when the
 * instalment is paid in full by the promised date, broken when that date has passed, open otherwise.
 * `firstPaid` and `paidInFull` are days, -1 for never (by `asOf`).
 */
function promiseToPay(
  context: SettlementContext,
  invoice: InvoiceDraft,
  position: number,
  minor: number,
  firstPaid: number,
  paidInFull: number,
): void {
  const { rng, asOfDay, log } = context;
  const { behaviour } = invoice.profile;
  const attempts = behaviour === 'chronic' || behaviour === 'defaulter' ? 2 : 1;
  let madeDay = invoice.dueDays[position]! + between(rng, 7, 15);
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (madeDay > asOfDay || (firstPaid >= 0 && firstPaid <= madeDay) || !chance(rng, 40)) return;
    const keeps = paidInFull >= 0 && chance(rng, 50);
    const promisedDay = keeps
      ? Math.max(madeDay, paidInFull) + between(rng, 0, 5)
      : madeDay + between(rng, 5, 20);
    const status =
      paidInFull >= 0 && paidInFull <= promisedDay ? KEPT : promisedDay < asOfDay ? BROKEN : OPEN;
    const row = addRow(log.promises);
    const { data } = log.promises;
    data[row + PROMISE.day] = madeDay;
    data[row + PROMISE.customer] = invoice.profile.index;
    data[row + PROMISE.minor] = minor;
    data[row + PROMISE.invoice] = invoice.index;
    data[row + PROMISE.position] = position;
    data[row + PROMISE.full] = invoice.minors[position]! === minor ? 1 : 0;
    data[row + PROMISE.namesInvoice] = chance(rng, 90) ? 1 : 0;
    data[row + PROMISE.promisedDay] = promisedDay;
    data[row + PROMISE.status] = status;
    if (status !== BROKEN) return;
    madeDay = promisedDay + between(rng, 3, 10);
  }
}

/** About 1% of invoices bring a round sum paid on account, never from a defaulter. */
function payOnAccount(context: SettlementContext, invoice: InvoiceDraft): void {
  const { rng, asOfDay } = context;
  const { profile } = invoice;
  if (profile.behaviour === 'defaulter' || !chance(rng, 1)) return;
  const thousands = between(rng, 1, 20);
  const major = Math.max(1, Math.floor((thousands * 1000 * profile.currency.perHundredYuan) / 100));
  const day = between(rng, invoice.issueDay, asOfDay);
  logMoney(context.log.payments, invoice, day, major * profile.currency.minorPerMajor, -1, false, -1);
}
