import { toValidationIssues } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  InterestRateSchema,
  interestRateJsonSchema,
  parseInterestRate,
  parseReferenceRateTable,
  ReferenceRateTableSchema,
  referenceRateTableJsonSchema,
} from '../../index.ts';
import { fixedRateArbitrary, referenceTableArbitrary } from './lateChargesArbitraries.ts';

const code = (value: string) => expect.objectContaining({ code: value });

const issuesOf = (schema: typeof InterestRateSchema | typeof ReferenceRateTableSchema, value: unknown) => {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : toValidationIssues(result.error.issues).map((i) => `${i.pathText} ${i.code}`);
};

describe('rate schemas: known answers', () => {
  it('accepts each kind of rate as given, rates as strings, numbers or Decimals', () => {
    const rates = [
      { kind: 'annual', rate: '0.12', dayCount: 365 },
      { kind: 'annual', rate: 0.05, dayCount: 360 },
      { kind: 'daily', rate: '0.0005' },
      {
        kind: 'reference',
        reference: {
          name: 'ECB',
          rates: [{ effectiveFrom: '2025-06-11', rate: '-0.005' }],
          coveredThrough: '2026-06-30',
        },
        margin: '0.08',
        fixing: 'halfYear',
        dayCount: 365,
      },
    ];
    for (const rate of rates) expect(parseInterestRate(rate)).toEqual(rate);
  });

  it('reports every problem of a rate at its path', () => {
    expect(issuesOf(InterestRateSchema, { kind: 'daily', rate: '0.0005', extra: 1 })).toEqual([
      ' unrecognized_keys',
    ]);
    expect(issuesOf(InterestRateSchema, { kind: 'annual', dayCount: 365 })).toEqual(['rate invalid_rate']);
    expect(
      issuesOf(InterestRateSchema, {
        kind: 'reference',
        reference: { name: 'ECB', rates: [{ effectiveFrom: '2025-06-11', rate: '0.02' }] },
        margin: '-0.01',
        multiplier: '-1',
        fixing: 'monthly',
        dayCount: 365,
      }),
    ).toEqual(['margin negative_rate', 'multiplier negative_rate', 'fixing invalid_value']);
  });

  it('reports unsorted, duplicate and uncovered entries, a blank name and an empty table', () => {
    expect(
      issuesOf(ReferenceRateTableSchema, {
        name: ' ',
        rates: [
          { effectiveFrom: '2025-03-01', rate: '0.02' },
          { effectiveFrom: '2025-03-01', rate: '0.02' },
          { effectiveFrom: '2025-01-01', rate: '0.02' },
        ],
        coveredThrough: '2025-02-01',
      }),
    ).toEqual([
      'name blank_name',
      'rates[1].effectiveFrom duplicate_effective_date',
      'rates[2].effectiveFrom unsorted_effective_date',
      'rates[0].effectiveFrom entry_after_covered_through',
      'rates[1].effectiveFrom entry_after_covered_through',
    ]);
    expect(issuesOf(ReferenceRateTableSchema, { name: 'LPR', rates: [] })).toEqual(['rates too_small']);
  });

  it('exports JSON Schemas of the input forms', () => {
    expect(interestRateJsonSchema.oneOf).toHaveLength(3);
    expect(referenceRateTableJsonSchema.required).toEqual(['name', 'rates']);
    expect(Object.isFrozen(interestRateJsonSchema)).toBe(true);
  });
});

describe('rate schemas: bad input', () => {
  it('parseInterestRate throws INVALID_RATE with every issue', () => {
    expect(() => parseInterestRate({ kind: 'annual', rate: '-1', dayCount: 1 })).toThrow(
      code('INVALID_RATE'),
    );
    expect(() => parseInterestRate({ kind: 'annual', rate: '-1', dayCount: 1 })).toThrow(
      /^parseInterestRate: 2 problems/,
    );
  });

  it('parseReferenceRateTable throws INVALID_RATE with every issue', () => {
    expect(() =>
      parseReferenceRateTable({ name: 'LPR', rates: [{ effectiveFrom: '2025-02-29', rate: '0.03' }] }),
    ).toThrow(code('INVALID_RATE'));
  });
});

describe('properties', () => {
  it('round-trips through JSON: a valid rate file parses back to the same rate', () => {
    fc.assert(
      fc.property(fixedRateArbitrary, (rate) => {
        expect(parseInterestRate(JSON.parse(JSON.stringify(rate)))).toEqual(rate);
      }),
    );
  });

  it('accepts every ascending table and rejects it once two entries swap places', () => {
    fc.assert(
      fc.property(referenceTableArbitrary('2026-01-01'), (table) => {
        expect(parseReferenceRateTable(table)).toEqual(table);
        fc.pre(table.rates.length >= 2);
        const [first, second, ...rest] = table.rates;
        if (first === undefined || second === undefined) return;
        expect(() => parseReferenceRateTable({ ...table, rates: [second, first, ...rest] })).toThrow(
          code('INVALID_RATE'),
        );
      }),
    );
  });

  it('rejects every negative rate of an annual or daily kind', () => {
    fc.assert(
      fc.property(fixedRateArbitrary, (rate) => {
        fc.pre(rate.rate !== '0');
        expect(() => parseInterestRate({ ...rate, rate: `-${rate.rate}` })).toThrow(code('INVALID_RATE'));
      }),
    );
  });
});
