import type { Dispute, Invoice } from '@receivables/core';
import { decimal, fromDayNumber, toDayNumber } from '@receivables/core';
import fc from 'fast-check';
import { currencyScale } from './currencyScale.ts';
import { formatMinorUnits } from './formatMinorUnits.ts';
import { minorUnitsOf } from './minorUnitsOf.ts';
import { disputeId } from './recordIds.ts';
import { DISPUTE_REASONS } from './vocabulary.ts';

/** The drawn numbers of one dispute. @internal */
export interface DisputeSeed {
  readonly invoicePick: number;
  /** Which instalment is disputed, modulo the plan's length; absent for the whole invoice. */
  readonly instalmentPick?: number;
  /** Days from the invoice's issue date to the dispute. */
  readonly openedAfter: number;
  /** Days from opening to resolution; absent while the dispute is open. */
  readonly resolvedAfter?: number;
  /** Percent (1–100) of what may still be disputed that this dispute claims. */
  readonly share: number;
  readonly reason?: string;
}

/**
 * Seeds of disputes, open and resolved, over whole invoices or single instalments.
 *
 * @returns An arbitrary of dispute seeds.
 * @internal
 */
export function disputeSeedArbitrary(): fc.Arbitrary<DisputeSeed> {
  return fc.record(
    {
      invoicePick: fc.nat(),
      instalmentPick: fc.nat({ max: 3 }),
      openedAfter: fc.integer({ min: 0, max: 400 }),
      resolvedAfter: fc.integer({ min: 0, max: 200 }),
      share: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 100 })),
      reason: fc.constantFrom(...DISPUTE_REASONS),
    },
    { requiredKeys: ['invoicePick', 'openedAfter', 'share'] },
  );
}

/**
 * Builds disputes from seeds so that, per invoice, all disputes together claim at most the invoice
 * amount and the disputes of one instalment at most that instalment's amount. Seeds that find
 * nothing left to dispute are dropped.
 *
 * @param seeds - The drawn numbers.
 * @param invoices - The portfolio's invoices; no disputes without them.
 * @returns The disputes, numbered `DSP-000001` on.
 * @internal
 */
export function disputesFromSeeds(seeds: readonly DisputeSeed[], invoices: readonly Invoice[]): Dispute[] {
  const disputes: Dispute[] = [];
  if (invoices.length === 0) return disputes;
  const disputable = new Map<string, { total: number; instalments: number[] }>();
  for (const seed of seeds) {
    const invoice = invoices[seed.invoicePick % invoices.length]!;
    const scale = currencyScale('portfolioArbitrary', invoice.currency);
    let left = disputable.get(invoice.id);
    if (left === undefined) {
      left = {
        total: minorUnitsOf(invoice.amount, scale),
        instalments: invoice.instalments.map((instalment) => minorUnitsOf(instalment.amount, scale)),
      };
      disputable.set(invoice.id, left);
    }
    const position =
      seed.instalmentPick === undefined ? undefined : seed.instalmentPick % left.instalments.length;
    const cap = position === undefined ? left.total : Math.min(left.total, left.instalments[position] ?? 0);
    if (cap <= 0) continue;
    const minor = Math.max(1, Math.floor((cap * seed.share) / 100));
    left.total -= minor;
    if (position !== undefined) left.instalments[position] = (left.instalments[position] ?? 0) - minor;
    const openedDay = toDayNumber(invoice.issueDate) + seed.openedAfter;
    disputes.push({
      id: disputeId(disputes.length + 1),
      customerId: invoice.customerId,
      invoiceId: invoice.id,
      ...(position === undefined ? {} : { instalment: position + 1 }),
      openedOn: fromDayNumber(openedDay),
      ...(seed.resolvedAfter === undefined
        ? {}
        : { resolvedOn: fromDayNumber(openedDay + seed.resolvedAfter) }),
      amount: decimal(formatMinorUnits(minor, scale)),
      ...(seed.reason === undefined ? {} : { reason: seed.reason }),
    });
  }
  return disputes;
}
