import { addDays, decimal, fromDayNumber, type IsoDate, toDayNumber } from '@receivables/core';
import { isoDateArbitrary } from '@receivables/testing';
import fc from 'fast-check';
import type { AnnualInterestRate, DailyInterestRate } from '../InterestRate.ts';
import type { PrincipalPayment } from '../PrincipalPayment.ts';
import type { ReferenceRateTable } from '../ReferenceRateTable.ts';

/** A CNY debt with a due date, a clock and payments that never exceed the principal. */
export interface DebtScenario {
  readonly currency: 'CNY';
  readonly dueDate: IsoDate;
  readonly asOf: IsoDate;
  readonly principal: string;
  readonly payments: readonly PrincipalPayment[];
}

const centsText = (cents: bigint): string => decimal(cents.toString()).dividedBy(100).toFixed(2);

/** Payment shares of the principal, scaled so their sum stays within it; zero-cent payments dropped. */
function paymentsFor(
  principalCents: bigint,
  dueDate: IsoDate,
  drafts: readonly { offset: number; share: number }[],
): PrincipalPayment[] {
  const shares = drafts.reduce((sum, draft) => sum + draft.share, 0);
  const scale = BigInt(Math.max(shares, 1000));
  return drafts
    .map((draft) => ({
      date: addDays(dueDate, draft.offset),
      cents: (principalCents * BigInt(draft.share)) / scale,
    }))
    .filter((payment) => payment.cents > 0n)
    .map((payment) => ({ date: payment.date, amount: centsText(payment.cents) }));
}

/** A debt whose days past due run from −30 to 400 and whose payments fall around the overdue period. */
export const debtArbitrary: fc.Arbitrary<DebtScenario> = fc
  .record({
    dueDate: isoDateArbitrary({ min: '2019-01-01', max: '2030-12-31' }),
    dpd: fc.integer({ min: -30, max: 400 }),
    principalCents: fc.bigInt({ min: 0n, max: 100_000_000_000n }),
    drafts: fc.array(
      fc.record({ offset: fc.integer({ min: -40, max: 420 }), share: fc.integer({ min: 1, max: 1000 }) }),
      { maxLength: 5 },
    ),
  })
  .map(({ dueDate, dpd, principalCents, drafts }) => ({
    currency: 'CNY' as const,
    dueDate,
    asOf: addDays(dueDate, dpd),
    principal: centsText(principalCents),
    payments: paymentsFor(principalCents, dueDate, drafts),
  }));

/** A rate as a fraction with up to five decimals, from 0 to `max`. */
export function rateTextArbitrary(max: number): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: max * 100_000 })
    .map((units) => decimal(units).dividedBy(100_000).toString());
}

/** A fixed annual (365 or 360) or daily rate. */
export const fixedRateArbitrary: fc.Arbitrary<AnnualInterestRate | DailyInterestRate> = fc.oneof(
  fc.record({
    kind: fc.constant('annual' as const),
    rate: rateTextArbitrary(0.5),
    dayCount: fc.constantFrom(365 as const, 360 as const),
  }),
  fc.record({ kind: fc.constant('daily' as const), rate: rateTextArbitrary(0.002) }),
);

/**
 * A reference table starting on or before `from` with up to six changes in the following two years;
 * rates from −1% to 6%, as central-bank rates have been.
 */
export function referenceTableArbitrary(from: IsoDate): fc.Arbitrary<ReferenceRateTable> {
  const start = toDayNumber(from);
  return fc
    .record({
      lead: fc.integer({ min: 0, max: 400 }),
      changes: fc.uniqueArray(fc.integer({ min: 1, max: 730 }), { maxLength: 6 }),
      rates: fc.array(fc.integer({ min: -100, max: 600 }), { minLength: 7, maxLength: 7 }),
    })
    .map(({ lead, changes, rates }) => {
      const days = [start - lead, ...[...changes].sort((a, b) => a - b).map((offset) => start + offset)];
      return {
        name: 'generated reference',
        rates: days.map((day, index) => ({
          effectiveFrom: fromDayNumber(day),
          rate: decimal(rates[index] ?? 0)
            .dividedBy(10_000)
            .toString(),
        })),
      };
    });
}
