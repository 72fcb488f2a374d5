import { amountArbitrary } from '@receivables/testing';
import type { Decimal } from 'decimal.js';
import fc from 'fast-check';

/** Balances of CNY up to ten million, zero included. */
export const cnyBalance: fc.Arbitrary<Decimal> = amountArbitrary({
  currency: 'CNY',
  min: '0',
  max: '10000000',
});

/** Loss rates from 0 to 1 with up to four decimals, both ends reachable. */
export const lossRate: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 10_000 })
  .map((basisPoints) => (basisPoints / 10_000).toFixed(4));

/** The bucket ids of the Chinese annual scheme, in order. */
export const chineseAnnualIds = ['within1y', 'y1to2', 'y2to3', 'y3to4', 'y4to5', 'over5y'] as const;
