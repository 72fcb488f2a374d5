import type { Invoice, PromiseStatus, PromiseToPay } from '@receivables/core';
import { decimal, fromDayNumber, toDayNumber } from '@receivables/core';
import fc from 'fast-check';
import { currencyScale } from './currencyScale.ts';
import { formatMinorUnits } from './formatMinorUnits.ts';
import { minorUnitsOf } from './minorUnitsOf.ts';
import { promiseId } from './recordIds.ts';

/** The drawn numbers of one promise to pay. @internal */
export interface PromiseSeed {
  /** The invoice the promise is about; it sets the customer and the currency. */
  readonly invoicePick: number;
  /** How many of the customer's invoices in that currency the promise names; 0 means the balance. */
  readonly cover: number;
  /** Days from the latest covered issue date to the promise. */
  readonly madeAfter: number;
  /** Days from the promise to the promised date. */
  readonly promisedAfter: number;
  /** Percent (1–100) of the covered invoices' total that is promised. */
  readonly share: number;
  readonly status: PromiseStatus;
}

/**
 * Seeds of promises to pay: over one or several invoices or the whole balance, open, kept or broken.
 *
 * @returns An arbitrary of promise seeds.
 * @internal
 */
export function promiseSeedArbitrary(): fc.Arbitrary<PromiseSeed> {
  return fc.record({
    invoicePick: fc.nat(),
    cover: fc.nat({ max: 3 }),
    madeAfter: fc.integer({ min: 0, max: 400 }),
    promisedAfter: fc.integer({ min: 0, max: 120 }),
    share: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 100 })),
    status: fc.constantFrom('open', 'kept', 'broken'),
  });
}

/**
 * Builds promises from seeds: each names invoices of one customer in one currency (or none, for the
 * balance), promises at most their total, and is made on or after their issue and on or before the
 * promised date.
 *
 * @param seeds - The drawn numbers.
 * @param invoices - The portfolio's invoices; no promises without them.
 * @returns The promises, numbered `PTP-000001` on.
 * @internal
 */
export function promisesFromSeeds(
  seeds: readonly PromiseSeed[],
  invoices: readonly Invoice[],
): PromiseToPay[] {
  if (invoices.length === 0) return [];
  return seeds.map((seed, i) => {
    const anchor = invoices[seed.invoicePick % invoices.length]!;
    const siblings = invoices.filter(
      (invoice) =>
        invoice !== anchor &&
        invoice.customerId === anchor.customerId &&
        invoice.currency === anchor.currency,
    );
    const covered = seed.cover === 0 ? [] : [anchor, ...siblings.slice(0, seed.cover - 1)];
    const basis = covered.length === 0 ? [anchor] : covered;
    const scale = currencyScale('portfolioArbitrary', anchor.currency);
    const totalMinor = basis.reduce((sum, invoice) => sum + minorUnitsOf(invoice.amount, scale), 0);
    const madeDay = Math.max(...basis.map((invoice) => toDayNumber(invoice.issueDate))) + seed.madeAfter;
    return {
      id: promiseId(i + 1),
      customerId: anchor.customerId,
      invoiceIds: covered.map((invoice) => invoice.id),
      madeOn: fromDayNumber(madeDay),
      promisedDate: fromDayNumber(madeDay + seed.promisedAfter),
      amount: decimal(formatMinorUnits(Math.max(1, Math.floor((totalMinor * seed.share) / 100)), scale)),
      currency: anchor.currency,
      status: seed.status,
    };
  });
}
