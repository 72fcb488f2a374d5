import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionEffectivenessIndexInput } from '../../index.ts';
import { collectionEffectivenessIndex } from '../../index.ts';
import { amount, positiveAmount } from './kpiArbitraries.ts';

const spec: CollectionEffectivenessIndexInput = {
  beginningReceivables: 6200,
  creditSales: 10890,
  months: 3,
  endingReceivables: 6340,
  endingCurrentReceivables: 3590,
};

describe('collectionEffectivenessIndex', () => {
  it('gives the spec test: 6,200; 10,890 over 3 months; 6,340; 3,590 → 55.9% (§2.5)', () => {
    const cei = collectionEffectivenessIndex(spec);
    expect(cei.toDecimalPlaces(1).toString()).toBe('55.9');
    // (6200 + 3630 − 6340) ÷ (6200 + 3630 − 3590) × 100 = 3490 ÷ 6240 × 100
    expect(cei.toString()).toBe('55.9294871794871794871794871794871794871794871794871794871795');
  });

  it('stays exact when credit sales do not divide evenly by the months', () => {
    // (0 + 100/3 − 0) ÷ (0 + 100/3 − 0) × 100: no rounded 33.33… is ever divided.
    const cei = collectionEffectivenessIndex({
      beginningReceivables: 0,
      creditSales: 100,
      months: 3,
      endingReceivables: 0,
      endingCurrentReceivables: 0,
    });
    expect(cei.toString()).toBe('100');
  });

  it('uses the whole period’s sales for a single month', () => {
    // (1000 + 500 − 900) ÷ (1000 + 500 − 400) × 100 = 600 ÷ 1100 × 100
    const cei = collectionEffectivenessIndex({
      beginningReceivables: '1000.00',
      creditSales: '500.00',
      months: 1,
      endingReceivables: '900.00',
      endingCurrentReceivables: '400.00',
    });
    expect(cei.toDecimalPlaces(4).toString()).toBe('54.5455');
  });

  it('is negative when receivables grew by more than a month of sales', () => {
    // (100 + 100 − 300) ÷ (100 + 100 − 50) × 100
    const cei = collectionEffectivenessIndex({
      beginningReceivables: 100,
      creditSales: 300,
      months: 3,
      endingReceivables: 300,
      endingCurrentReceivables: 50,
    });
    expect(cei.toDecimalPlaces(4).toString()).toBe('-66.6667');
  });

  it('refuses a period where nothing was collectable with ZERO_DENOMINATOR', () => {
    expect(() =>
      collectionEffectivenessIndex({
        ...spec,
        beginningReceivables: 0,
        creditSales: 0,
        endingReceivables: 0,
        endingCurrentReceivables: 0,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message:
          'collectionEffectivenessIndex: beginningReceivables + creditSales / months − endingCurrentReceivables: 0 is zero; nothing fell due in the period, so CEI is undefined',
      }),
    );
  });

  it('refuses current receivables beyond what the period could produce with INVALID_ARGUMENT', () => {
    // 100 + 300/3 − 250 = −50: the quotient would be a meaningless 500%.
    expect(() =>
      collectionEffectivenessIndex({
        beginningReceivables: 100,
        creditSales: 300,
        months: 3,
        endingReceivables: 400,
        endingCurrentReceivables: 250,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(
          /^collectionEffectivenessIndex: beginningReceivables \+ creditSales \/ months − endingCurrentReceivables is -50; /,
        ),
      }),
    );
  });

  it('refuses ending current receivables above ending receivables with INVALID_ARGUMENT', () => {
    expect(() => collectionEffectivenessIndex({ ...spec, endingCurrentReceivables: 6340.01 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'collectionEffectivenessIndex: endingCurrentReceivables 6340.01 exceeds endingReceivables 6340; it is a part of endingReceivables and cannot be larger',
      }),
    );
  });

  it.each([0, -3, 2.5, Number.NaN, '3'])('refuses months %j with INVALID_ARGUMENT', (months) => {
    expect(() => collectionEffectivenessIndex({ ...spec, months: months as never })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^collectionEffectivenessIndex: months: /),
      }),
    );
  });

  it.each(['beginningReceivables', 'creditSales', 'endingReceivables', 'endingCurrentReceivables'])(
    'refuses a negative %s with INVALID_AMOUNT',
    (field) => {
      expect(() => collectionEffectivenessIndex({ ...spec, [field]: -1 })).toThrow(
        expect.objectContaining({
          code: 'INVALID_AMOUNT',
          message: `collectionEffectivenessIndex: ${field}: -1 is negative; it must be zero or more`,
        }),
      );
    },
  );
});

const period = fc.record({
  beginningReceivables: amount,
  creditSales: positiveAmount,
  months: fc.integer({ min: 1, max: 12 }),
});

describe('properties', () => {
  it('is 100 when every receivable left at the end is current', () => {
    fc.assert(
      fc.property(period, fc.integer({ min: 0, max: 1000 }), (input, permille) => {
        // Ending receivables no larger than what was collectable, so the denominator stays positive.
        const collectable = input.beginningReceivables.plus(input.creditSales.div(input.months));
        const ending = collectable.times(permille).div(1001);
        const cei = collectionEffectivenessIndex({
          ...input,
          endingReceivables: ending,
          endingCurrentReceivables: ending,
        });
        expect(cei.toString()).toBe('100');
      }),
    );
  });

  it('never exceeds 100: collected is at most what was collectable', () => {
    fc.assert(
      fc.property(period, amount, fc.integer({ min: 0, max: 1000 }), (input, ending, permille) => {
        const current = ending.times(permille).div(1000);
        const collectable = input.beginningReceivables.plus(input.creditSales.div(input.months));
        fc.pre(collectable.greaterThan(current));
        const cei = collectionEffectivenessIndex({
          ...input,
          endingReceivables: ending,
          endingCurrentReceivables: current,
        });
        expect(cei.lessThanOrEqualTo(100)).toBe(true);
      }),
    );
  });

  it('falls as the ending balance grows with the current part fixed', () => {
    fc.assert(
      fc.property(period, amount, amount, (input, overdue, extra) => {
        const current = input.beginningReceivables;
        const low = {
          ...input,
          endingCurrentReceivables: current,
          endingReceivables: current.plus(overdue).plus(extra),
        };
        const high = {
          ...input,
          endingCurrentReceivables: current,
          endingReceivables: current.plus(overdue),
        };
        expect(collectionEffectivenessIndex(low).lessThanOrEqualTo(collectionEffectivenessIndex(high))).toBe(
          true,
        );
      }),
    );
  });
});
