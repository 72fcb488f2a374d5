import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paydexBandLabels, paydexIndex, paydexRiskBand, paydexScore } from '../../../index.ts';

describe('paydexScore', () => {
  it('weights each experience’s index by its amount (spec §7.1)', () => {
    const result = paydexScore([
      { amount: '30000', daysBeyondTerms: 0 },
      { amount: '10000', daysBeyondTerms: 30 },
    ]);
    expect(result.score.toString()).toBe('72.5');
    expect(result.band).toBe('medium');
    expect(result.totalAmount.toString()).toBe('40000');
    expect(result.experienceCount).toBe(2);
  });

  it('gives the experience’s own index for a single experience', () => {
    expect(paydexScore([{ amount: 1, daysBeyondTerms: -20 }]).score.toString()).toBe('90');
  });

  it('lets experiences with a zero amount count but weigh nothing', () => {
    const result = paydexScore([
      { amount: 0, daysBeyondTerms: 400 },
      { amount: '500.00', daysBeyondTerms: 0 },
    ]);
    expect(result.score.toString()).toBe('80');
    expect(result.experienceCount).toBe(2);
  });

  it('refuses a list with no positive amount with ZERO_DENOMINATOR', () => {
    expect(() => paydexScore([])).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message:
          'paydexScore: experiences: none of the 0 experiences has a positive amount, so the amount-weighted index is undefined',
      }),
    );
    expect(() => paydexScore([{ amount: 0, daysBeyondTerms: 0 }])).toThrow(
      expect.objectContaining({ code: 'ZERO_DENOMINATOR' }),
    );
  });

  it('refuses negative or non-finite amounts with INVALID_AMOUNT, naming the experience', () => {
    expect(() => paydexScore([{ amount: '-1', daysBeyondTerms: 0 }])).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'paydexScore: experiences[0].amount: "-1" is negative; it must be zero or more',
      }),
    );
    expect(() =>
      paydexScore([
        { amount: 1, daysBeyondTerms: 0 },
        { amount: Number.NaN, daysBeyondTerms: 0 },
      ]),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'paydexScore: experiences[1].amount: NaN is not a finite number',
      }),
    );
  });

  it('refuses days that are not whole numbers with INVALID_ARGUMENT', () => {
    expect(() => paydexScore([{ amount: 1, daysBeyondTerms: 2.5 }])).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'paydexScore: experiences[0].daysBeyondTerms: 2.5 is not a whole number',
      }),
    );
  });
});

describe('paydexRiskBand', () => {
  it.each([
    [100, 'low'],
    [80, 'low'],
    ['79.99', 'medium'],
    [50, 'medium'],
    ['49.9', 'high'],
    [1, 'high'],
  ])('puts %s in the %s band', (score, band) => {
    expect(paydexRiskBand(score)).toBe(band);
  });

  it('labels every band in English and Chinese', () => {
    expect(paydexBandLabels.low).toEqual({ en: 'Low risk (80–100)', 'zh-CN': '低风险（80–100）' });
  });

  it('refuses NaN with INVALID_AMOUNT', () => {
    expect(() => paydexRiskBand(Number.NaN)).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'paydexRiskBand: score: NaN is not a finite number',
      }),
    );
  });
});

describe('properties', () => {
  const experience = fc.record({
    amount: fc.integer({ min: 0, max: 1_000_000 }),
    daysBeyondTerms: fc.integer({ min: -60, max: 400 }),
  });
  const experiences = fc
    .array(experience, { minLength: 1, maxLength: 20 })
    .filter((list) => list.some((item) => item.amount > 0));

  it('is bounded by the indices it weighs: between the lowest and the highest', () => {
    fc.assert(
      fc.property(experiences, (list) => {
        const weighed = list
          .filter((item) => item.amount > 0)
          .map((item) => paydexIndex(item.daysBeyondTerms));
        const score = paydexScore(list).score;
        expect(weighed.some((index) => index.lessThanOrEqualTo(score))).toBe(true);
        expect(weighed.some((index) => index.greaterThanOrEqualTo(score))).toBe(true);
      }),
    );
  });

  it('is monotone: one experience paid later never raises the score', () => {
    fc.assert(
      fc.property(experiences, fc.nat(), fc.integer({ min: 1, max: 200 }), (list, pick, delay) => {
        const at = pick % list.length;
        const later = list.map((item, index) =>
          index === at ? { ...item, daysBeyondTerms: item.daysBeyondTerms + delay } : item,
        );
        expect(paydexScore(later).score.lessThanOrEqualTo(paydexScore(list).score)).toBe(true);
      }),
    );
  });

  it('ignores order: the score of a reversed list is the same', () => {
    fc.assert(
      fc.property(experiences, (list) => {
        expect(paydexScore([...list].reverse()).score.toString()).toBe(paydexScore(list).score.toString());
      }),
    );
  });

  it('depends on proportions only: scaling every amount leaves the score unchanged', () => {
    fc.assert(
      fc.property(experiences, fc.integer({ min: 2, max: 1000 }), (list, factor) => {
        const scaled = list.map((item) => ({ ...item, amount: item.amount * factor }));
        expect(paydexScore(scaled).score.equals(paydexScore(list).score)).toBe(true);
      }),
    );
  });
});
