import { decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chinaSalesContractInterest,
  chinaSmePaymentInterest,
  euLatePaymentInterest,
  InterestRateSchema,
  type ReferenceRateTable,
  ukLatePaymentInterest,
} from '../../index.ts';
import { rateTextArbitrary } from './lateChargesArbitraries.ts';

const code = (value: string) => expect.objectContaining({ code: value });

const table: ReferenceRateTable = {
  name: 'reference',
  rates: [{ effectiveFrom: '2025-01-01', rate: '0.02' }],
};

describe('statutory presets: known answers', () => {
  it('EU: reference + 8 points, half-year fixing, 365 days', () => {
    expect(euLatePaymentInterest({ reference: table })).toEqual({
      kind: 'reference',
      reference: table,
      margin: '0.08',
      multiplier: '1',
      fixing: 'halfYear',
      dayCount: 365,
    });
  });

  it('EU: accepts a higher margin and another day count', () => {
    const rate = euLatePaymentInterest({ reference: table, margin: '0.09', dayCount: 360 });
    expect([rate.margin, rate.dayCount]).toEqual(['0.09', 360]);
  });

  it('UK: base rate + 8%, fixed on 31 December or 30 June before interest starts, 365 days', () => {
    expect(ukLatePaymentInterest({ reference: table })).toEqual({
      kind: 'reference',
      reference: table,
      margin: '0.08',
      multiplier: '1',
      fixing: 'fixedAtDue',
      dayCount: 365,
    });
  });

  it('China sales contract: LPR × 1.3 by default, fixed when the breach occurs, 365 days', () => {
    expect(chinaSalesContractInterest({ lpr: table })).toEqual({
      kind: 'reference',
      reference: table,
      margin: '0',
      multiplier: '1.3',
      fixing: 'fixedAtBreach',
      dayCount: 365,
    });
    expect(chinaSalesContractInterest({ lpr: table, markup: '0.5' }).multiplier).toBe('1.5');
    expect(chinaSalesContractInterest({ lpr: table, markup: 0.4 }).multiplier).toBe('1.4');
  });

  it('China sales contract: accepts a markup outside 30%–50% only when explicitly allowed', () => {
    expect(
      chinaSalesContractInterest({ lpr: table, markup: '0.2', allowMarkupOutsideRange: true }).multiplier,
    ).toBe('1.2');
  });

  it('China SME payment regulation: 0.05% a day', () => {
    expect(chinaSmePaymentInterest()).toEqual({ kind: 'daily', rate: '0.0005' });
  });
});

describe('statutory presets: bad input', () => {
  it('EU: refuses a margin below 8 points with INVALID_RATE', () => {
    expect(() => euLatePaymentInterest({ reference: table, margin: '0.0799' })).toThrow(code('INVALID_RATE'));
    expect(() => euLatePaymentInterest({ reference: table, margin: 'eight' })).toThrow(code('INVALID_RATE'));
  });

  it('EU and UK: refuse a malformed table with INVALID_RATE under the option name', () => {
    const broken = { name: 'x', rates: [{ effectiveFrom: '2025-02-30', rate: '0.02' }] };
    expect(() => euLatePaymentInterest({ reference: broken })).toThrow(
      /^euLatePaymentInterest: 1 problem\n {2}reference\.rates\[0\]\.effectiveFrom/,
    );
    expect(() => ukLatePaymentInterest({ reference: broken })).toThrow(code('INVALID_RATE'));
    expect(() => ukLatePaymentInterest(undefined as unknown as { reference: ReferenceRateTable })).toThrow(
      code('INVALID_RATE'),
    );
  });

  it('China sales contract: refuses a markup outside 30%–50% or negative with INVALID_RATE', () => {
    expect(() => chinaSalesContractInterest({ lpr: table, markup: '0.29' })).toThrow(code('INVALID_RATE'));
    expect(() => chinaSalesContractInterest({ lpr: table, markup: '0.51' })).toThrow(
      'chinaSalesContractInterest: markup 51% is outside the 30%–50%',
    );
    expect(() =>
      chinaSalesContractInterest({ lpr: table, markup: '-0.1', allowMarkupOutsideRange: true }),
    ).toThrow('chinaSalesContractInterest: markup -10% is negative');
  });

  it('China sales contract: reports a malformed LPR table under lpr', () => {
    expect(() => chinaSalesContractInterest({ lpr: { name: 'LPR', rates: [] } })).toThrow(
      /\n {2}lpr\.rates: /,
    );
  });
});

describe('properties', () => {
  it('builds valid rate data: every preset passes InterestRateSchema and survives JSON', () => {
    fc.assert(
      fc.property(rateTextArbitrary(0.1), fc.integer({ min: 300, max: 500 }), (reference, permille) => {
        const lpr: ReferenceRateTable = {
          name: 'reference',
          rates: [{ effectiveFrom: '2025-01-01', rate: reference }],
        };
        const markup = decimal(permille).dividedBy(1000).toString();
        for (const rate of [
          euLatePaymentInterest({ reference: lpr }),
          ukLatePaymentInterest({ reference: lpr }),
          chinaSalesContractInterest({ lpr, markup }),
          chinaSmePaymentInterest(),
        ]) {
          expect(InterestRateSchema.parse(JSON.parse(JSON.stringify(rate)))).toEqual(rate);
        }
      }),
    );
  });

  it('accepts every markup from 30% to 50% and turns it into multiplier 1 + markup', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3000, max: 5000 }), (basisPoints) => {
        const markup = decimal(basisPoints).dividedBy(10_000);
        const rate = chinaSalesContractInterest({ lpr: table, markup: markup.toString() });
        expect(decimal(rate.multiplier ?? '1').toString()).toBe(markup.plus(1).toString());
      }),
    );
  });
});
