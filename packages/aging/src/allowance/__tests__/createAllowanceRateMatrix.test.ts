import { isReceivablesError, toValidationIssues } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AllowanceRateMatrixSchema,
  allowanceRateMatrixJsonSchema,
  chineseAgingMethodRates,
  createAllowanceRateMatrix,
} from '../../index.ts';
import { lossRate } from './allowanceArbitraries.ts';

function issuesOf(run: () => unknown): { code: string; path: string; issues: string[] } {
  try {
    run();
  } catch (error) {
    if (!isReceivablesError(error)) throw error;
    const issues = (error.details.issues ?? []).map((issue) => `${issue.pathText} ${issue.code}`);
    return { code: error.code, path: (error.path ?? []).join('.'), issues };
  }
  throw new Error('expected a ReceivablesError');
}

describe('chineseAgingMethodRates', () => {
  it('holds the spec §2.3 matrix: 5/10/30/50/80/100 % by chineseAnnual bucket id', () => {
    expect(chineseAgingMethodRates.id).toBe('chineseAgingMethod');
    expect(chineseAgingMethodRates.bucketRates).toEqual({
      within1y: '0.05',
      y1to2: '0.10',
      y2to3: '0.30',
      y3to4: '0.50',
      y4to5: '0.80',
      over5y: '1.00',
    });
  });

  it('is frozen, rates included, so no caller can change it for the others', () => {
    expect(Object.isFrozen(chineseAgingMethodRates)).toBe(true);
    expect(Object.isFrozen(chineseAgingMethodRates.bucketRates)).toBe(true);
  });

  it('passes its own validation', () => {
    const matrix = createAllowanceRateMatrix(chineseAgingMethodRates);
    expect(Object.values(matrix.bucketRates).map(String)).toEqual(['0.05', '0.1', '0.3', '0.5', '0.8', '1']);
  });
});

describe('createAllowanceRateMatrix', () => {
  it('reads strings, numbers and decimals exactly, keeping the order of the buckets', () => {
    const matrix = createAllowanceRateMatrix({
      id: 'ours',
      description: 'policy 2025',
      bucketRates: { b: '0.015', a: 0.1, c: 1, d: '0' },
    });
    expect(matrix.id).toBe('ours');
    expect(matrix.description).toBe('policy 2025');
    expect(Object.entries(matrix.bucketRates).map(([id, rate]) => `${id}=${rate}`)).toEqual([
      'b=0.015',
      'a=0.1',
      'c=1',
      'd=0',
    ]);
    expect(Object.isFrozen(matrix) && Object.isFrozen(matrix.bucketRates)).toBe(true);
  });

  it('accepts the $schema key of a file and drops it', () => {
    const matrix = createAllowanceRateMatrix({
      $schema: './allowance-rate-matrix.schema.json',
      id: 'fromFile',
      bucketRates: { within1y: '0.05' },
    });
    expect(Object.keys(matrix)).toEqual(['id', 'bucketRates']);
  });

  it('refuses a rate above 1 with INVALID_RATE naming the bucket', () => {
    const failure = issuesOf(() => createAllowanceRateMatrix({ id: 'typo', bucketRates: { y1to2: '10' } }));
    expect(failure).toEqual({
      code: 'INVALID_RATE',
      path: 'bucketRates.y1to2',
      issues: ['bucketRates.y1to2 invalid_rate'],
    });
  });

  it('refuses negative rates and rates that are not decimals, reporting every one', () => {
    const failure = issuesOf(() =>
      createAllowanceRateMatrix({ id: 'bad', bucketRates: { a: '-0.01', b: '5%', c: Number.NaN, d: '0.5' } }),
    );
    expect(failure.code).toBe('INVALID_RATE');
    expect(failure.issues).toEqual([
      'bucketRates.a invalid_rate',
      'bucketRates.b invalid_rate',
      'bucketRates.c invalid_rate',
    ]);
  });

  it('says why in the message, starting with its name', () => {
    expect(() => createAllowanceRateMatrix({ id: 'x', bucketRates: { y1to2: 1.5 } })).toThrow(
      'createAllowanceRateMatrix: 1 problem\n  bucketRates.y1to2: 1.5 is above 1; a rate is a decimal from 0 to 1 (write 5 % as 0.05)',
    );
  });

  it('refuses a malformed matrix with INVALID_ARGUMENT, listing rate problems too', () => {
    const failure = issuesOf(() =>
      createAllowanceRateMatrix({ id: ' ', bucketRates: { a: '2' }, extra: true } as never),
    );
    expect(failure.code).toBe('INVALID_ARGUMENT');
    expect(failure.issues).toEqual(['id invalid_format', 'bucketRates.a invalid_rate', ' unrecognized_keys']);
  });

  it('refuses a matrix without buckets', () => {
    const failure = issuesOf(() => createAllowanceRateMatrix({ id: 'empty', bucketRates: {} }));
    expect(failure).toMatchObject({ code: 'INVALID_ARGUMENT', issues: ['bucketRates no_buckets'] });
  });

  it('refuses something that is not a matrix at all', () => {
    expect(() => createAllowanceRateMatrix(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('AllowanceRateMatrixSchema and its JSON Schema', () => {
  it('reports the issue code invalid_rate at the bucket', () => {
    const result = AllowanceRateMatrixSchema.safeParse({ id: 'x', bucketRates: { over5y: '1.01' } });
    const issues = result.success ? [] : toValidationIssues(result.error.issues);
    expect(issues.map((issue) => [issue.pathText, issue.code, issue.message])).toEqual([
      [
        'bucketRates.over5y',
        'invalid_rate',
        '"1.01" is above 1; a rate is a decimal from 0 to 1 (write 5 % as 0.05)',
      ],
    ]);
  });

  it('describes a file: required id and bucketRates, rates as decimal strings or numbers within [0, 1]', () => {
    expect(allowanceRateMatrixJsonSchema.required).toEqual(['id', 'bucketRates']);
    expect(allowanceRateMatrixJsonSchema.additionalProperties).toBe(false);
    expect(Object.isFrozen(allowanceRateMatrixJsonSchema.properties?.bucketRates)).toBe(true);
    const rates = (allowanceRateMatrixJsonSchema.properties?.bucketRates ?? {}) as {
      additionalProperties?: {
        anyOf?: { type?: string; pattern?: string; minimum?: number; maximum?: number }[];
      };
    };
    const [text, number] = rates.additionalProperties?.anyOf ?? [];
    expect(number).toMatchObject({ type: 'number', minimum: 0, maximum: 1 });
    const pattern = new RegExp(text?.pattern ?? '$^');
    expect(['0.05', '1', '1.00', '0', '.5', '0.999'].every((rate) => pattern.test(rate))).toBe(true);
    expect(['', '1.01', '2', '-0.1', '5%', 'abc'].some((rate) => pattern.test(rate))).toBe(false);
  });
});

describe('properties', () => {
  it('accepts exactly the rates from 0 to 1: any decimal in [0, 1] passes, anything above 1 or below 0 is INVALID_RATE', () => {
    fc.assert(
      fc.property(lossRate, fc.integer({ min: 1, max: 10_000 }), (inside, excess) => {
        const accepted = createAllowanceRateMatrix({ id: 'p', bucketRates: { b: inside } });
        expect(String(accepted.bucketRates.b)).toBe(String(Number(inside)));
        const above = (1 + excess / 10_000).toFixed(4);
        const below = (-excess / 10_000).toFixed(4);
        for (const rate of [above, below]) {
          expect(() => createAllowanceRateMatrix({ id: 'p', bucketRates: { b: rate } })).toThrow(
            expect.objectContaining({ code: 'INVALID_RATE' }),
          );
        }
      }),
    );
  });

  it('round-trips through JSON: a created matrix serialized and read again is the same matrix', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), lossRate, { minKeys: 1 }),
        (rates) => {
          const matrix = createAllowanceRateMatrix({ id: 'json', bucketRates: rates });
          const again = createAllowanceRateMatrix(JSON.parse(JSON.stringify(matrix)));
          expect(JSON.stringify(again)).toBe(JSON.stringify(matrix));
        },
      ),
    );
  });
});
