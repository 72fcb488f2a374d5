import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BucketScheme } from '../../index.ts';
import {
  BucketSchemeSchema,
  bucketSchemeJsonSchema,
  chineseAnnualBuckets,
  createBucketScheme,
  findBucketIndex,
  managementBuckets,
  thirtyDayBuckets,
} from '../../index.ts';

const label = (en: string) => ({ en, 'zh-CN': en });

/** Every problem the error lists, as `path: code`. */
function problemsOf(definition: unknown): string[] {
  try {
    createBucketScheme(definition);
  } catch (error) {
    expect(error).toEqual(expect.objectContaining({ code: 'INVALID_BUCKET_SCHEME' }));
    const issues = (error as { details: { issues: { pathText: string; code: string }[] } }).details.issues;
    return issues.map((issue) => `${issue.pathText}: ${issue.code}`);
  }
  throw new Error('expected createBucketScheme to throw');
}

describe('bucket scheme presets', () => {
  it('have the fixed ids of the 30-day scheme', () => {
    expect(thirtyDayBuckets.id).toBe('thirtyDay');
    expect(thirtyDayBuckets.unit).toBe('days');
    expect(thirtyDayBuckets.buckets.map((bucket) => bucket.id)).toEqual([
      'notDue',
      'd1to30',
      'd31to60',
      'd61to90',
      'd91to120',
      'over120',
    ]);
  });

  it('have the fixed ids of the management scheme', () => {
    expect(managementBuckets.id).toBe('management');
    expect(managementBuckets.buckets.map((bucket) => bucket.id)).toEqual([
      'notDue',
      'd1to30',
      'd31to60',
      'd61to90',
      'd91to180',
      'd181to365',
      'over365',
    ]);
  });

  it('have the fixed ids of the Chinese annual scheme, counted in calendar years', () => {
    expect(chineseAnnualBuckets.id).toBe('chineseAnnual');
    expect(chineseAnnualBuckets.unit).toBe('calendarYears');
    expect(chineseAnnualBuckets.buckets.map((bucket) => bucket.id)).toEqual([
      'within1y',
      'y1to2',
      'y2to3',
      'y3to4',
      'y4to5',
      'over5y',
    ]);
  });

  it('carry labels in English and Simplified Chinese', () => {
    expect(thirtyDayBuckets.buckets[0]?.label).toEqual({ en: 'Not due', 'zh-CN': '未到期' });
    expect(thirtyDayBuckets.buckets[1]?.label).toEqual({ en: '1–30 days', 'zh-CN': '逾期1-30天' });
    expect(managementBuckets.buckets[6]?.label).toEqual({ en: 'Over 365 days', 'zh-CN': '逾期365天以上' });
    expect(chineseAnnualBuckets.buckets[0]?.label).toEqual({ en: 'Within 1 year', 'zh-CN': '1年以内' });
    expect(chineseAnnualBuckets.buckets[1]?.label).toEqual({ en: '1–2 years', 'zh-CN': '1-2年' });
    expect(chineseAnnualBuckets.buckets[5]?.label).toEqual({ en: 'Over 5 years', 'zh-CN': '5年以上' });
  });

  it('are valid schemes', () => {
    for (const preset of [thirtyDayBuckets, managementBuckets, chineseAnnualBuckets]) {
      expect(createBucketScheme(preset)).toEqual(preset);
      expect(BucketSchemeSchema.safeParse(preset).success).toBe(true);
    }
  });

  it('are frozen, so no caller can change what every other caller shares', () => {
    expect(Object.isFrozen(thirtyDayBuckets)).toBe(true);
    expect(Object.isFrozen(managementBuckets.buckets)).toBe(true);
    expect(Object.isFrozen(chineseAnnualBuckets.buckets[0]?.label)).toBe(true);
  });
});

describe('findBucketIndex', () => {
  it('puts the inclusive upper bounds of the 30-day scheme in the lower bucket', () => {
    const cases: [number, string][] = [
      [-400, 'notDue'],
      [0, 'notDue'],
      [1, 'd1to30'],
      [30, 'd1to30'],
      [31, 'd31to60'],
      [60, 'd31to60'],
      [61, 'd61to90'],
      [90, 'd61to90'],
      [91, 'd91to120'],
      [120, 'd91to120'],
      [121, 'over120'],
      [100_000, 'over120'],
    ];
    for (const [measure, id] of cases) {
      expect(thirtyDayBuckets.buckets[findBucketIndex(thirtyDayBuckets, measure)]?.id, `${measure}`).toBe(id);
    }
  });

  it('splits the management scheme at 90, 180 and 365 days', () => {
    const ids = [90, 91, 180, 181, 365, 366].map(
      (measure) => managementBuckets.buckets[findBucketIndex(managementBuckets, measure)]?.id,
    );
    expect(ids).toEqual(['d61to90', 'd91to180', 'd91to180', 'd181to365', 'd181to365', 'over365']);
  });

  it('reads started calendar years in the Chinese annual scheme', () => {
    const ids = [0, 1, 2, 3, 5, 6, 40].map(
      (measure) => chineseAnnualBuckets.buckets[findBucketIndex(chineseAnnualBuckets, measure)]?.id,
    );
    expect(ids).toEqual(['within1y', 'within1y', 'y1to2', 'y2to3', 'y4to5', 'over5y', 'over5y']);
  });

  it('refuses a measure that is not a whole number', () => {
    for (const measure of [1.5, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number]) {
      expect(() => findBucketIndex(thirtyDayBuckets, measure)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });

  it('refuses a hand-built scheme whose last bucket is bounded', () => {
    const scheme: BucketScheme = {
      id: 'short',
      unit: 'days',
      buckets: [{ id: 'a', label: label('A'), to: 10 }],
    };
    expect(() => findBucketIndex(scheme, 11)).toThrow(
      expect.objectContaining({ code: 'INVALID_BUCKET_SCHEME' }),
    );
  });
});

describe('createBucketScheme', () => {
  const valid = {
    id: 'simple',
    unit: 'days',
    buckets: [
      { id: 'current', label: label('Current'), to: 0 },
      { id: 'late', label: label('Late'), from: 1, to: 45 },
      { id: 'veryLate', label: label('Very late'), from: 46 },
    ],
  };

  it('returns a fresh scheme equal to a valid definition', () => {
    const scheme = createBucketScheme(valid);
    expect(scheme).toEqual(valid);
    expect(scheme).not.toBe(valid);
  });

  it('accepts a single bucket that takes every measure', () => {
    const scheme = createBucketScheme({
      id: 'all',
      unit: 'calendarYears',
      buckets: [{ id: 'all', label: label('All') }],
    });
    expect(findBucketIndex(scheme, -5)).toBe(0);
    expect(findBucketIndex(scheme, 5)).toBe(0);
  });

  it('reports overlapping buckets with the path of the later one', () => {
    const definition = {
      ...valid,
      buckets: [valid.buckets[0], { ...valid.buckets[1], from: 0 }, valid.buckets[2]],
    };
    expect(problemsOf(definition)).toEqual(['buckets[1].from: overlapping_buckets']);
  });

  it('reports a gap between buckets', () => {
    const definition = {
      ...valid,
      buckets: [valid.buckets[0], valid.buckets[1], { ...valid.buckets[2], from: 50 }],
    };
    expect(problemsOf(definition)).toEqual(['buckets[2].from: bucket_gap']);
  });

  it('reports unknown bounds: a bounded first or last bucket and a missing bound in between', () => {
    const definition = {
      ...valid,
      buckets: [
        { id: 'current', label: label('Current'), from: -10, to: 0 },
        { id: 'late', label: label('Late'), from: 1 },
        { id: 'veryLate', label: label('Very late'), from: 46, to: 400 },
      ],
    };
    expect(problemsOf(definition)).toEqual([
      'buckets[0].from: first_bucket_bounded',
      'buckets[1].to: missing_bound',
      'buckets[2].to: last_bucket_bounded',
    ]);
  });

  it('reports an empty bucket and repeated ids', () => {
    const definition = {
      ...valid,
      buckets: [
        valid.buckets[0],
        { id: 'late', label: label('Late'), from: 1, to: 0 },
        { id: 'late', label: label('Later'), from: 1 },
      ],
    };
    expect(problemsOf(definition)).toEqual([
      'buckets[1].from: empty_bucket',
      'buckets[2].id: duplicate_bucket_id',
    ]);
  });

  it('lists every problem at once, shape and ranges together, each with its path', () => {
    const definition = {
      id: ' ',
      unit: 'weeks',
      buckets: [
        { id: 'a', label: { en: 'A', 'zh-CN': '' }, to: 30 },
        { id: 'b', label: label('B'), from: 30, to: 1.5 },
        { id: 'c', label: label('C'), from: 45, upTo: 50 },
      ],
    };
    expect(problemsOf(definition)).toEqual([
      'id: invalid_format',
      'unit: invalid_value',
      'buckets[0].label["zh-CN"]: invalid_format',
      'buckets[1].to: invalid_type',
      'buckets[2]: unrecognized_keys',
      'buckets[1].from: overlapping_buckets',
    ]);
  });

  it('names the problem in the message, starting with the function', () => {
    expect(() =>
      createBucketScheme({
        ...valid,
        buckets: [valid.buckets[0], { ...valid.buckets[1], from: 0 }, valid.buckets[2]],
      }),
    ).toThrow(
      'createBucketScheme: 1 problem\n  buckets[1].from: bucket "late" overlaps bucket "current": it starts at 0 but bucket "current" ends at 0; it must start at 1',
    );
  });

  it('refuses what is not a scheme at all', () => {
    expect(problemsOf(null)).toEqual([': invalid_type']);
    expect(problemsOf({ id: 'x', unit: 'days', buckets: [] })).toEqual(['buckets: too_small']);
    expect(problemsOf({ id: 'x', unit: 'days', buckets: 'all' })).toEqual(['buckets: invalid_type']);
  });
});

describe('BucketSchemeSchema and bucketSchemeJsonSchema', () => {
  it('apply the range rules once the shape is right', () => {
    const result = BucketSchemeSchema.safeParse({
      id: 'x',
      unit: 'days',
      buckets: [
        { id: 'a', label: label('A'), to: 10 },
        { id: 'b', label: label('B'), from: 12 },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['buckets.1.from']);
  });

  it('describe the file format as JSON Schema, refusing unknown keys', () => {
    const bucket = (bucketSchemeJsonSchema.properties as Record<string, { items?: Record<string, unknown> }>)
      .buckets;
    expect(bucket?.items?.additionalProperties).toBe(false);
    expect(bucket?.items?.required).toEqual(['id', 'label']);
    expect(Object.isFrozen(bucketSchemeJsonSchema)).toBe(true);
  });
});

/** A valid scheme from distinct sorted cut points: bucket k ends at cut k. */
const schemeArbitrary: fc.Arbitrary<BucketScheme> = fc
  .record({
    unit: fc.constantFrom('days' as const, 'calendarYears' as const),
    cuts: fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { maxLength: 8 }),
  })
  .map(({ unit, cuts }) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const buckets = [...sorted, undefined].map((to, index) => ({
      id: `b${index}`,
      label: label(`B${index}`),
      ...(index === 0 ? {} : { from: sorted[index - 1]! + 1 }),
      ...(to === undefined ? {} : { to }),
    }));
    return { id: 'generated', unit, buckets };
  });

describe('properties', () => {
  it('covers every measure exactly once: each falls in the one bucket whose bounds hold it', () => {
    fc.assert(
      fc.property(schemeArbitrary, fc.integer({ min: -2000, max: 2000 }), (definition, measure) => {
        const scheme = createBucketScheme(definition);
        const holding = scheme.buckets
          .map((bucket, index) => ({ bucket, index }))
          .filter(
            ({ bucket }) => (bucket.from ?? -Infinity) <= measure && measure <= (bucket.to ?? Infinity),
          );
        expect(holding.map(({ index }) => index)).toEqual([findBucketIndex(scheme, measure)]);
      }),
    );
  });

  it('refuses any scheme whose neighbouring bounds do not meet: an overlap or a gap is reported at its path', () => {
    fc.assert(
      fc.property(
        schemeArbitrary.filter((scheme) => scheme.buckets.length > 1),
        fc.nat(),
        fc.integer({ min: -3, max: 3 }).filter((shift) => shift !== 0),
        (scheme, pick, shift) => {
          const index = 1 + (pick % (scheme.buckets.length - 1));
          const broken = {
            ...scheme,
            buckets: scheme.buckets.map((bucket, position) =>
              position === index ? { ...bucket, from: bucket.from! + shift } : bucket,
            ),
          };
          const expected = `buckets[${index}].from: ${shift < 0 ? 'overlapping_buckets' : 'bucket_gap'}`;
          expect(problemsOf(broken)).toContain(expected);
        },
      ),
    );
  });
});
