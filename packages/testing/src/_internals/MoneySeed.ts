import type { Application, IsoDate } from '@receivables/core';
import { decimal, fromDayNumber } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { formatMinorUnits } from './formatMinorUnits.ts';
import { type ApplicationSeed, type OpenInvoice, takeApplication } from './OpenInvoice.ts';

/** The drawn numbers of a payment or credit note made against one invoice. @internal */
export interface MoneySeed {
  /** Days after the invoice's issue date. */
  readonly dayOffset: number;
  /** Percent (1–200) of the invoice amount the money is worth; above 100 leaves cash on account. */
  readonly percentOfInvoice: number;
  readonly application: ApplicationSeed;
}

/** The longest a payment or credit note follows its invoice, in days. @internal */
export const MAX_DAYS_AFTER_ISSUE = 500;

const fullOrSome = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.constant(100), fc.integer({ min: 1, max }));

/**
 * Seeds of payments and credit notes. Full amounts and full applications are drawn often, so
 * settled invoices are common; `none` leaves the money unapplied.
 *
 * @returns An arbitrary of money seeds.
 * @internal
 */
export function moneySeedArbitrary(): fc.Arbitrary<MoneySeed> {
  return fc.record({
    dayOffset: fc.integer({ min: 0, max: MAX_DAYS_AFTER_ISSUE }),
    percentOfInvoice: fullOrSome(200),
    application: fc.record({
      mode: fc.constantFrom('instalment', 'invoice', 'none'),
      instalmentPick: fc.nat({ max: 3 }),
      share: fullOrSome(100),
    }),
  });
}

/**
 * Builds the date, amount and applications of a payment or credit note against an open invoice,
 * lowering what is open by what it applies.
 *
 * @param seed - The drawn numbers.
 * @param target - The invoice it is made against.
 * @returns The fields a payment and a credit note share.
 * @internal
 */
export function moneyFromSeed(
  seed: MoneySeed,
  target: OpenInvoice,
): { readonly date: IsoDate; readonly amount: Decimal; readonly applications: readonly Application[] } {
  const minor = Math.max(1, Math.floor((target.totalMinor * seed.percentOfInvoice) / 100));
  const taken = takeApplication(target, seed.application, minor);
  return {
    date: fromDayNumber(target.issueDay + seed.dayOffset),
    amount: decimal(formatMinorUnits(minor, target.scale)),
    applications: taken === undefined ? [] : [taken.application],
  };
}
