import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AltmanVariant,
  altmanModels,
  altmanZoneForScore,
  altmanZoneLabels,
  altmanZScore,
} from '../../../index.ts';

const healthy = {
  totalAssets: 1000,
  totalLiabilities: 500,
  currentAssets: 400,
  currentLiabilities: 200,
  retainedEarnings: 300,
  ebit: 100,
  bookEquity: 500,
  marketValueOfEquity: 600,
  sales: 1500,
};

const struggling = {
  totalAssets: 1000,
  totalLiabilities: 900,
  currentAssets: 300,
  currentLiabilities: 400,
  retainedEarnings: -50,
  ebit: -20,
  bookEquity: 100,
  marketValueOfEquity: 100,
  sales: 800,
};

describe('altmanZScore', () => {
  it('computes the original Z with the market value of equity (spec §7.2)', () => {
    // 1.2×0.2 + 1.4×0.3 + 3.3×0.1 + 0.6×1.2 + 1.0×1.5
    const result = altmanZScore(healthy, 'original');
    expect(result.score.toString()).toBe('3.21');
    expect(result.zone).toBe('safe');
    expect(result.ratios.x4.toString()).toBe('1.2');
  });

  it('computes Z′ with book equity', () => {
    // 0.717×0.2 + 0.847×0.3 + 3.107×0.1 + 0.420×1 + 0.998×1.5
    const result = altmanZScore(healthy, 'private');
    expect(result.score.toString()).toBe('2.6252');
    expect(result.zone).toBe('grey');
  });

  it('computes Z″ from four ratios, without sales', () => {
    // 6.56×0.2 + 3.26×0.3 + 6.72×0.1 + 1.05×1
    const result = altmanZScore(healthy, 'nonManufacturing');
    expect(result.score.toString()).toBe('4.012');
    expect(result.zone).toBe('safe');
    expect(result.ratios.x5).toBeNull();
  });

  it('adds 3.25 to Z″ for the emerging-market score', () => {
    expect(altmanZScore(healthy, 'emergingMarket').score.toString()).toBe('7.262');
  });

  it('puts a loss-making, indebted company in the distress zone of every model', () => {
    const variants: AltmanVariant[] = ['original', 'private', 'nonManufacturing', 'emergingMarket'];
    expect(variants.map((variant) => altmanZScore(struggling, variant).zone)).toEqual([
      'distress',
      'distress',
      'distress',
      'distress',
    ]);
    expect(altmanZScore(struggling, 'original').score.toDecimalPlaces(6).toString()).toBe('0.610667');
  });

  it('takes book equity as total assets minus total liabilities when it is not given', () => {
    const { bookEquity: _, ...withoutEquity } = healthy;
    expect(altmanZScore(withoutEquity, 'private').score.toString()).toBe('2.6252');
  });

  it('names every missing field at once with INVALID_STATEMENT', () => {
    expect(() => altmanZScore({ totalAssets: 1000, totalLiabilities: 500 }, 'original')).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATEMENT',
        message: [
          'altmanZScore: 6 problems',
          '  currentAssets: Missing value: altmanZScore needs currentAssets',
          '  currentLiabilities: Missing value: altmanZScore needs currentLiabilities',
          '  retainedEarnings: Missing value: altmanZScore needs retainedEarnings',
          '  ebit: Missing value: altmanZScore needs ebit',
          '  sales: Missing value: altmanZScore needs sales',
          '  marketValueOfEquity: Missing value: altmanZScore needs marketValueOfEquity',
        ].join('\n'),
      }),
    );
  });

  it('refuses zero total assets with ZERO_DENOMINATOR naming the field', () => {
    const empty = {
      ...healthy,
      totalAssets: 0,
      currentAssets: 0,
      totalLiabilities: 0,
      currentLiabilities: 0,
    };
    expect(() => altmanZScore(empty, 'private')).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message: 'altmanZScore: totalAssets: 0 is zero; the Altman ratios divide by it',
        details: { field: 'totalAssets', value: 0 },
      }),
    );
  });

  it('refuses zero total liabilities with ZERO_DENOMINATOR naming the field', () => {
    expect(() =>
      altmanZScore({ ...healthy, totalLiabilities: '0', currentLiabilities: 0 }, 'nonManufacturing'),
    ).toThrow(
      expect.objectContaining({
        code: 'ZERO_DENOMINATOR',
        message: 'altmanZScore: totalLiabilities: "0" is zero; X4 divides by it',
      }),
    );
  });

  it('refuses NaN, infinite and negative sizes with INVALID_STATEMENT', () => {
    expect(() => altmanZScore({ ...healthy, ebit: Number.NaN, sales: -1 }, 'private')).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATEMENT',
        message: [
          'altmanZScore: 2 problems',
          '  ebit: NaN is not a finite number',
          '  sales: -1 is negative; it must be zero or more',
        ].join('\n'),
      }),
    );
    expect(() => altmanZScore({ ...healthy, ebit: Number.POSITIVE_INFINITY }, 'private')).toThrow(
      expect.objectContaining({ code: 'INVALID_STATEMENT' }),
    );
  });

  it('refuses an unknown variant with INVALID_ARGUMENT', () => {
    expect(() => altmanZScore(healthy, 'zeta' as AltmanVariant)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'altmanZScore: variant "zeta" is not one of original, private, nonManufacturing, emergingMarket',
      }),
    );
  });
});

describe('altmanZoneForScore', () => {
  it.each([
    ['original', '1.8099', 'distress'],
    ['original', '1.81', 'grey'],
    ['original', '2.99', 'grey'],
    ['original', '2.9901', 'safe'],
    ['private', '1.2299', 'distress'],
    ['private', '1.23', 'grey'],
    ['private', '2.90', 'grey'],
    ['private', '2.91', 'safe'],
    ['nonManufacturing', '1.09', 'distress'],
    ['nonManufacturing', '1.10', 'grey'],
    ['nonManufacturing', '2.60', 'grey'],
    ['nonManufacturing', '2.61', 'safe'],
    ['emergingMarket', '4.34', 'distress'],
    ['emergingMarket', '4.35', 'grey'],
    ['emergingMarket', '5.85', 'grey'],
    ['emergingMarket', '5.86', 'safe'],
  ] as const)('puts a %s score of %s in the %s zone', (variant, score, zone) => {
    expect(altmanZoneForScore(variant, score)).toBe(zone);
  });

  it('labels every zone in English and Chinese', () => {
    expect(altmanZoneLabels.distress).toEqual({ en: 'Distress zone', 'zh-CN': '困境区' });
  });

  it('refuses a score that is not a finite decimal', () => {
    expect(() => altmanZoneForScore('private', Number.NaN)).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: 'altmanZoneForScore: score: NaN is not a finite number',
      }),
    );
  });
});

describe('properties', () => {
  const statement = fc
    .record({
      totalAssets: fc.integer({ min: 1, max: 1_000_000 }),
      liabilityShare: fc.integer({ min: 1, max: 150 }),
      currentShare: fc.integer({ min: 0, max: 100 }),
      currentLiabilityShare: fc.integer({ min: 0, max: 100 }),
      retainedEarnings: fc.integer({ min: -500_000, max: 500_000 }),
      ebit: fc.integer({ min: -200_000, max: 200_000 }),
      sales: fc.integer({ min: 0, max: 3_000_000 }),
    })
    .map((draw) => {
      const totalLiabilities = Math.max(1, Math.floor((draw.totalAssets * draw.liabilityShare) / 100));
      return {
        totalAssets: draw.totalAssets,
        totalLiabilities,
        currentAssets: Math.floor((draw.totalAssets * draw.currentShare) / 100),
        currentLiabilities: Math.floor((totalLiabilities * draw.currentLiabilityShare) / 100),
        retainedEarnings: draw.retainedEarnings,
        ebit: draw.ebit,
        sales: draw.sales,
        marketValueOfEquity: Math.max(0, draw.totalAssets - totalLiabilities),
      };
    });
  const variant = fc.constantFrom<AltmanVariant>('original', 'private', 'nonManufacturing', 'emergingMarket');

  it('is monotone: more EBIT never lowers the score or worsens the zone', () => {
    const rank = { distress: 0, grey: 1, safe: 2 };
    fc.assert(
      fc.property(statement, variant, fc.integer({ min: 1, max: 100_000 }), (figures, model, extra) => {
        const base = altmanZScore(figures, model);
        const better = altmanZScore({ ...figures, ebit: figures.ebit + extra }, model);
        expect(better.score.greaterThanOrEqualTo(base.score)).toBe(true);
        expect(rank[better.zone]).toBeGreaterThanOrEqual(rank[base.zone]);
      }),
    );
  });

  it('shifts Z″ by 3.25: the emerging-market score is Z″ + 3.25 (to 50 decimals) and falls in the same zone', () => {
    fc.assert(
      fc.property(statement, (figures) => {
        const plain = altmanZScore(figures, 'nonManufacturing');
        const emerging = altmanZScore(figures, 'emergingMarket');
        expect(emerging.score.minus(plain.score).minus('3.25').abs().lessThan('1e-50')).toBe(true);
        expect(emerging.zone).toBe(plain.zone);
      }),
    );
  });

  it('agrees with the weighted sum of its own ratios, to 50 decimals', () => {
    fc.assert(
      fc.property(statement, variant, (figures, model) => {
        const { score, ratios } = altmanZScore(figures, model);
        const { weights, constant } = altmanModels[model];
        const sum = ratios.x1
          .times(weights.x1)
          .plus(ratios.x2.times(weights.x2))
          .plus(ratios.x3.times(weights.x3))
          .plus(ratios.x4.times(weights.x4))
          .plus(ratios.x5 === null ? 0 : ratios.x5.times(weights.x5))
          .plus(constant);
        expect(score.minus(sum).abs().lessThan('1e-50')).toBe(true);
      }),
    );
  });

  it('is deterministic: equal statements give equal scores', () => {
    fc.assert(
      fc.property(statement, variant, (figures, model) => {
        expect(altmanZScore({ ...figures }, model)).toEqual(altmanZScore(figures, model));
      }),
    );
  });
});
