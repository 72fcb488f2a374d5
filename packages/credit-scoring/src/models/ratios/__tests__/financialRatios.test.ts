import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentRatio,
  debtToAssetsRatio,
  interestCoverRatio,
  operatingCashFlowRatio,
  quickRatio,
} from '../../../index.ts';

const statement = {
  totalAssets: '10000000',
  totalLiabilities: '5500000',
  currentAssets: '1500000',
  currentLiabilities: '1000000',
  inventories: '600000',
  ebit: '900000',
  interestExpense: '200000',
  operatingCashFlow: '150000',
};

describe('financial ratios', () => {
  it('computes the current ratio: current assets ÷ current liabilities', () => {
    expect(currentRatio(statement).toString()).toBe('1.5');
  });

  it('computes the quick ratio without inventories', () => {
    expect(quickRatio(statement).toString()).toBe('0.9');
  });

  it('computes the debt-to-assets ratio as a fraction', () => {
    expect(debtToAssetsRatio(statement).toString()).toBe('0.55');
  });

  it('computes the interest cover, negative for an operating loss', () => {
    expect(interestCoverRatio(statement).toString()).toBe('4.5');
    expect(interestCoverRatio({ ebit: '-100000', interestExpense: '200000' }).toString()).toBe('-0.5');
  });

  it('computes the operating cash flow ratio, negative when operations burn cash', () => {
    expect(operatingCashFlowRatio(statement).toString()).toBe('0.15');
    expect(
      operatingCashFlowRatio({ operatingCashFlow: '-50000', currentLiabilities: '1000000' }).toString(),
    ).toBe('-0.05');
  });

  it('keeps 60 significant digits of a quotient that does not terminate', () => {
    expect(currentRatio({ currentAssets: 2, currentLiabilities: 3 }).toString()).toBe(
      '0.666666666666666666666666666666666666666666666666666666666667',
    );
  });

  it.each([
    [
      'currentRatio',
      () => currentRatio({ currentAssets: 1, currentLiabilities: 0 }),
      'currentRatio: currentLiabilities: 0 is zero; the current ratio is undefined without current liabilities',
    ],
    [
      'quickRatio',
      () => quickRatio({ currentAssets: 1, inventories: 0, currentLiabilities: '0.00' }),
      'quickRatio: currentLiabilities: "0.00" is zero; the quick ratio is undefined without current liabilities',
    ],
    [
      'debtToAssetsRatio',
      () => debtToAssetsRatio({ totalLiabilities: 0, totalAssets: 0 }),
      'debtToAssetsRatio: totalAssets: 0 is zero; the debt-to-assets ratio is undefined without assets',
    ],
    [
      'interestCoverRatio',
      () => interestCoverRatio({ ebit: 1, interestExpense: 0 }),
      'interestCoverRatio: interestExpense: 0 is zero; the interest cover is unbounded without interest to pay',
    ],
    [
      'operatingCashFlowRatio',
      () => operatingCashFlowRatio({ operatingCashFlow: 1, currentLiabilities: 0 }),
      'operatingCashFlowRatio: currentLiabilities: 0 is zero; the operating cash flow ratio is undefined without current liabilities',
    ],
  ])('%s refuses a zero denominator with ZERO_DENOMINATOR', (_name, compute, message) => {
    expect(compute).toThrow(expect.objectContaining({ code: 'ZERO_DENOMINATOR', message }));
  });

  it('names the missing fields with INVALID_STATEMENT', () => {
    expect(() => quickRatio({ currentAssets: 1 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATEMENT',
        message: [
          'quickRatio: 2 problems',
          '  inventories: Missing value: quickRatio needs inventories',
          '  currentLiabilities: Missing value: quickRatio needs currentLiabilities',
        ].join('\n'),
      }),
    );
  });

  it('refuses NaN, infinite and negative inputs with INVALID_STATEMENT', () => {
    expect(() => currentRatio({ currentAssets: Number.NaN, currentLiabilities: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_STATEMENT' }),
    );
    expect(() => interestCoverRatio({ ebit: Number.NEGATIVE_INFINITY, interestExpense: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_STATEMENT' }),
    );
    expect(() => debtToAssetsRatio({ totalLiabilities: -1, totalAssets: 10 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATEMENT',
        message: 'debtToAssetsRatio: 1 problem\n  totalLiabilities: -1 is negative; it must be zero or more',
      }),
    );
  });

  it('refuses inventories above current assets, which would make quick assets negative', () => {
    expect(() => quickRatio({ currentAssets: 100, inventories: 150, currentLiabilities: 50 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_STATEMENT',
        message:
          'quickRatio: 1 problem\n  inventories: 150 is above currentAssets 100; a part cannot exceed its whole',
      }),
    );
  });
});

describe('properties', () => {
  const positive = fc.integer({ min: 1, max: 1_000_000_000 });
  const size = fc.integer({ min: 0, max: 1_000_000_000 });

  it('never exceeds the current ratio: the quick ratio leaves inventories out', () => {
    fc.assert(
      fc.property(size, size, positive, (inventories, other, liabilities) => {
        const figures = { currentAssets: inventories + other, inventories, currentLiabilities: liabilities };
        expect(quickRatio(figures).lessThanOrEqualTo(currentRatio(figures))).toBe(true);
      }),
    );
  });

  it('round-trips: the current ratio times current liabilities gives back current assets', () => {
    fc.assert(
      fc.property(size, positive, (assets, liabilities) => {
        const ratio = currentRatio({ currentAssets: assets, currentLiabilities: liabilities });
        expect(ratio.times(liabilities).minus(assets).abs().lessThan('1e-40')).toBe(true);
      }),
    );
  });

  it('stays within 0 and 1 for the debt-to-assets ratio of a solvent company', () => {
    fc.assert(
      fc.property(size, positive, (liabilities, equity) => {
        const ratio = debtToAssetsRatio({ totalLiabilities: liabilities, totalAssets: liabilities + equity });
        expect(ratio.greaterThanOrEqualTo(0) && ratio.lessThan(1)).toBe(true);
      }),
    );
  });
});
