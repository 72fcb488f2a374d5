import { addDays } from '@receivables/core';
import { amountArbitrary, isoDateArbitrary } from '@receivables/testing';
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';
import type { DayCount } from '../DayCount.ts';

/** Balances and sales from zero up, in cents. */
export const amount: fc.Arbitrary<Decimal> = amountArbitrary({ currency: 'CNY', min: '0', max: '1000000' });

/** Sales or totals that can be divided by: at least one cent. */
export const positiveAmount: fc.Arbitrary<Decimal> = amountArbitrary({ currency: 'CNY', max: '1000000' });

/** Every form of day count: the two conventions and actual periods of one day to a little over a year. */
export const dayCount: fc.Arbitrary<DayCount> = fc.oneof(
  fc.constantFrom<DayCount>(360, 365),
  fc
    .tuple(isoDateArbitrary(), fc.integer({ min: 0, max: 400 }))
    .map(([from, length]): DayCount => ({ from, to: addDays(from, length) })),
);

/** A part and the whole it belongs to: `part ≤ whole`, `whole > 0`. */
export const partOfWhole: fc.Arbitrary<{ part: Decimal; whole: Decimal }> = fc
  .tuple(positiveAmount, fc.integer({ min: 0, max: 1000 }))
  .map(([whole, permille]) => ({ whole, part: whole.times(permille).div(1000).toDecimalPlaces(2, 1) }));
