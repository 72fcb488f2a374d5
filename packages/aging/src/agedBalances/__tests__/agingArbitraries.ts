import { addDays, type IsoDate } from '@receivables/core';
import fc from 'fast-check';
import type { OpenItem } from '../../index.ts';

/** An item of customer `C1` in CNY, 100.00 open, due `dueDate`, issued 30 days earlier. */
export function openItem(overrides: Partial<OpenItem> = {}): OpenItem {
  const dueDate = overrides.dueDate ?? '2026-05-31';
  return {
    customerId: 'C1',
    invoiceId: 'INV-1',
    instalment: 1,
    role: 'final',
    currency: 'CNY',
    documentDate: overrides.documentDate ?? addDays(dueDate, -30),
    dueDate,
    originalMinor: overrides.openMinor ?? 10000,
    openMinor: 10000,
    disputedMinor: 0,
    ...overrides,
  };
}

/**
 * Open items as the accumulator sees them, without a portfolio: a few customers and currencies, dates
 * on both sides of `2026-06-30`, disputed parts, and amounts from a cent up to beyond what a safe sum
 * of a handful holds (so the exact bigint promotion is exercised).
 */
export function openItemsArbitrary(maxLength = 40): fc.Arbitrary<OpenItem[]> {
  const amount = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 10_000_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }) },
  );
  const item: fc.Arbitrary<OpenItem> = fc
    .record({
      customer: fc.constantFrom('C1', 'C2', 'C3', 'C4'),
      currency: fc.constantFrom('CNY', 'USD', 'JPY'),
      documentOffset: fc.integer({ min: -4000, max: 60 }),
      terms: fc.integer({ min: 0, max: 400 }),
      open: amount,
      disputedShare: fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true })),
      instalment: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ customer, currency, documentOffset, terms, open, disputedShare, instalment }) => {
      const documentDate: IsoDate = addDays('2026-06-30', documentOffset);
      return {
        customerId: customer,
        invoiceId: `INV-${customer}`,
        instalment,
        role: 'final' as const,
        currency,
        documentDate,
        dueDate: addDays(documentDate, terms),
        originalMinor: open,
        openMinor: open,
        disputedMinor: Math.floor(open * disputedShare),
      };
    });
  return fc.array(item, { maxLength });
}
