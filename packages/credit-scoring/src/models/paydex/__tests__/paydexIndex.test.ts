import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paydexAnchors, paydexIndex } from '../../../index.ts';

describe('paydexIndex', () => {
  it.each([
    [-30, '100'],
    [-20, '90'],
    [0, '80'],
    [15, '70'],
    [22, '60'],
    [30, '50'],
    [60, '40'],
    [90, '30'],
    [120, '20'],
  ])('gives the anchor index at %i days beyond terms (spec §7.1)', (days, index) => {
    expect(paydexIndex(days).toString()).toBe(index);
  });

  it('gives 100 for any payment earlier than 30 days early', () => {
    expect(paydexIndex(-31).toString()).toBe('100');
    expect(paydexIndex(-3650).toString()).toBe('100');
  });

  it('interpolates linearly between anchors', () => {
    expect(paydexIndex(-25).toString()).toBe('95');
    expect(paydexIndex(-10).toString()).toBe('85');
    expect(paydexIndex(45).toString()).toBe('45');
    expect(paydexIndex(75).toString()).toBe('35');
    expect(paydexIndex(26).toString()).toBe('55');
    expect(paydexIndex(10).toDecimalPlaces(10).toString()).toBe('73.3333333333');
  });

  it('loses one point per 10 days after 120 days late, down to a floor of 1', () => {
    expect(paydexIndex(130).toString()).toBe('19');
    expect(paydexIndex(125).toString()).toBe('19.5');
    expect(paydexIndex(300).toString()).toBe('2');
    expect(paydexIndex(310).toString()).toBe('1');
    expect(paydexIndex(311).toString()).toBe('1');
    expect(paydexIndex(10_000).toString()).toBe('1');
  });

  it('takes another slope after the last anchor', () => {
    expect(paydexIndex(130, { pointsPerDayAfterLastAnchor: '0.5' }).toString()).toBe('15');
    expect(paydexIndex(500, { pointsPerDayAfterLastAnchor: 0 }).toString()).toBe('20');
  });

  it.each([
    [1.5, 'paydexIndex: daysBeyondTerms: 1.5 is not a whole number'],
    [Number.NaN, 'paydexIndex: daysBeyondTerms: NaN is not a whole number'],
    [Number.POSITIVE_INFINITY, 'paydexIndex: daysBeyondTerms: Infinity is not a whole number'],
    ['10', 'paydexIndex: daysBeyondTerms: "10" is not a whole number'],
  ])('refuses days %s with INVALID_ARGUMENT', (days, message) => {
    expect(() => paydexIndex(days as number)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message }),
    );
  });

  it('refuses a negative or non-finite slope with INVALID_RATE', () => {
    expect(() => paydexIndex(200, { pointsPerDayAfterLastAnchor: '-0.1' })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
    expect(() => paydexIndex(200, { pointsPerDayAfterLastAnchor: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_RATE' }),
    );
  });
});

describe('properties', () => {
  const days = fc.integer({ min: -400, max: 600 });

  it('is bounded: every index lies from 1 to 100', () => {
    fc.assert(
      fc.property(days, (value) => {
        const index = paydexIndex(value);
        expect(index.greaterThanOrEqualTo(1) && index.lessThanOrEqualTo(100)).toBe(true);
      }),
    );
  });

  it('is monotone: paying later never raises the index', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 0, max: 200 }), (value, delay) => {
        expect(paydexIndex(value + delay).lessThanOrEqualTo(paydexIndex(value))).toBe(true);
      }),
    );
  });

  it('is continuous: one more day costs at most 10/7 of a point, the steepest segment (15 to 22 days late)', () => {
    fc.assert(
      fc.property(days, (value) => {
        const step = paydexIndex(value).minus(paydexIndex(value + 1));
        expect(step.lessThanOrEqualTo(10 / 7)).toBe(true);
      }),
    );
  });

  it('passes through every anchor', () => {
    for (const anchor of paydexAnchors) {
      expect(paydexIndex(anchor.daysBeyondTerms).toNumber()).toBe(anchor.index);
    }
  });
});
