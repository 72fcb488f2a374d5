import { decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOfForgoingDiscount } from '../../index.ts';

describe('costOfForgoingDiscount', () => {
  it('computes d/(1−d) × 360/(credit days − discount days) (spec §1.9)', () => {
    // 2/10 n/30: 0.02/0.98 × 360/20 = 18/49
    expect(
      costOfForgoingDiscount({ discountRate: '0.02', discountDays: 10, creditDays: 30 }).toString(),
    ).toBe('0.367346938775510204081632653061224489795918367346938775510204');
    // 1/10 n/45: 0.01/0.99 × 360/35
    expect(
      costOfForgoingDiscount({ discountRate: '0.01', discountDays: 10, creditDays: 45 })
        .toDecimalPlaces(6)
        .toString(),
    ).toBe('0.103896');
  });

  it('is zero without a discount', () => {
    expect(costOfForgoingDiscount({ discountRate: 0, discountDays: 10, creditDays: 30 }).isZero()).toBe(true);
  });

  it('annualises over another year length', () => {
    expect(
      costOfForgoingDiscount({ discountRate: '0.02', discountDays: 10, creditDays: 30 }, { daysInYear: 365 })
        .toDecimalPlaces(6)
        .toString(),
    ).toBe('0.372449');
  });

  it.each([
    [{ discountRate: 1 }, 'INVALID_RATE', 'costOfForgoingDiscount: discountRate: 1 is not below 1'],
    [{ discountRate: '-0.01' }, 'INVALID_RATE', 'costOfForgoingDiscount: discountRate: "-0.01" is negative'],
    [
      { discountRate: Number.NaN },
      'INVALID_RATE',
      'costOfForgoingDiscount: discountRate: NaN is not a finite decimal number',
    ],
    [
      { creditDays: 10 },
      'INVALID_ARGUMENT',
      'costOfForgoingDiscount: creditDays: 10 is not after discountDays 10; forgoing the discount gains no days',
    ],
    [
      { discountDays: 2.5 },
      'INVALID_ARGUMENT',
      'costOfForgoingDiscount: discountDays: 2.5 is not a whole number',
    ],
  ] as const)('refuses %j with %s', (patch, code, message) => {
    const terms = { discountRate: '0.02', discountDays: 10, creditDays: 30, ...patch };
    expect(() => costOfForgoingDiscount(terms)).toThrow(expect.objectContaining({ code, message }));
  });
});

describe('properties', () => {
  const terms = fc.record({
    percent: fc.integer({ min: 1, max: 20 }),
    discountDays: fc.integer({ min: 0, max: 30 }),
    span: fc.integer({ min: 1, max: 90 }),
  });

  it('is monotone: a larger discount costs more to forgo', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 1, max: 10 }), (draw, more) => {
        const cost = (percent: number) =>
          costOfForgoingDiscount({
            discountRate: (percent / 100).toString(),
            discountDays: draw.discountDays,
            creditDays: draw.discountDays + draw.span,
          });
        expect(cost(draw.percent + more).greaterThan(cost(draw.percent))).toBe(true);
      }),
    );
  });

  it('is antitone in the gap: more days gained for the same discount cost less a year', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 1, max: 60 }), (draw, more) => {
        const cost = (span: number) =>
          costOfForgoingDiscount({
            discountRate: (draw.percent / 100).toString(),
            discountDays: draw.discountDays,
            creditDays: draw.discountDays + span,
          });
        expect(cost(draw.span + more).lessThan(cost(draw.span))).toBe(true);
      }),
    );
  });

  it('round-trips: the cost times (1 − d) × gap ÷ 360 gives back d', () => {
    fc.assert(
      fc.property(terms, (draw) => {
        const d = draw.percent / 100;
        const cost = costOfForgoingDiscount({
          discountRate: d.toString(),
          discountDays: draw.discountDays,
          creditDays: draw.discountDays + draw.span,
        });
        const back = cost.times(decimal(1).minus(d.toString())).times(draw.span).div(360);
        expect(back.minus(d.toString()).abs().lessThan('1e-50')).toBe(true);
      }),
    );
  });
});
