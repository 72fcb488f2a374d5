import type { Instalment, Invoice, IsoDate } from '@receivables/core';
import { decimal, fromDayNumber } from '@receivables/core';
import fc from 'fast-check';
import { formatMinorUnits } from './formatMinorUnits.ts';
import { instalmentRole } from './instalmentRole.ts';

/** The drawn numbers an invoice is built from; currency-free so one seed fits any currency. @internal */
export interface InvoiceSeed {
  readonly issueDay: number;
  /** Each instalment's amount in minor units and its due date's distance from the previous one. */
  readonly parts: readonly { readonly minor: number; readonly gapDays: number }[];
}

/** The largest instalment drawn, in minor units (one million yuan; a hundred million yen). @internal */
export const MAX_PART_MINOR = 100_000_000;

/**
 * Seeds of invoices issued between two day numbers, with one to four instalments. Gaps of zero days
 * are drawn too, so instalments due on the same day (and invoices due on issue) occur.
 *
 * @param issueDays - First and last possible issue day numbers.
 * @returns An arbitrary of invoice seeds.
 * @internal
 */
export function invoiceSeedArbitrary(issueDays: {
  readonly min: number;
  readonly max: number;
}): fc.Arbitrary<InvoiceSeed> {
  return fc.record({
    issueDay: fc.integer(issueDays),
    parts: fc.array(
      fc.record({
        minor: fc.integer({ min: 1, max: MAX_PART_MINOR }),
        gapDays: fc.integer({ min: 0, max: 400 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  });
}

/**
 * Builds a validated invoice from a seed: instalment amounts are the seed's parts, so they sum to the
 * invoice amount exactly; due dates only move forward; roles follow position.
 *
 * @param seed - The drawn numbers.
 * @param record - The invoice's id, customer, currency and the currency's minor-unit digits.
 * @returns The invoice in the validated shape.
 * @internal
 */
export function invoiceFromSeed(
  seed: InvoiceSeed,
  record: {
    readonly id: string;
    readonly customerId: string;
    readonly currency: string;
    readonly scale: number;
  },
): Invoice {
  let dueDay = seed.issueDay;
  let totalMinor = 0;
  const instalments: Instalment[] = seed.parts.map((part, index) => {
    dueDay += part.gapDays;
    totalMinor += part.minor;
    return {
      index: index + 1,
      dueDate: fromDayNumber(dueDay),
      amount: decimal(formatMinorUnits(part.minor, record.scale)),
      role: instalmentRole(index, seed.parts.length),
    };
  });
  const dueDate: IsoDate = fromDayNumber(dueDay);
  return {
    id: record.id,
    customerId: record.customerId,
    currency: record.currency,
    issueDate: fromDayNumber(seed.issueDay),
    dueDate,
    amount: decimal(formatMinorUnits(totalMinor, record.scale)),
    instalments,
  };
}
