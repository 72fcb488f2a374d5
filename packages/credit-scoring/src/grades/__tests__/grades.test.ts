import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capGrade,
  compareGrades,
  createGradeScale,
  defaultGradeScale,
  findGrade,
  fourLevelGradeScale,
  type GradeDefinition,
  GradeScaleSchema,
  gradeForScore,
  gradeScaleJsonSchema,
  paymentModeLabels,
  paymentModeStrictness,
} from '../../index.ts';

const code = (value: string) => expect.objectContaining({ code: value });
const issueCodes = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    return ((error as { details: { issues: { code: string }[] } }).details.issues ?? []).map(
      (issue) => issue.code,
    );
  }
  throw new Error('expected an error');
};

describe('payment modes', () => {
  it('ranks 先货后款 < 尾款尾货 < 同款同货 < 先款后货 (spec §1.4)', () => {
    const { openAccount, finalPaymentBeforeFinalGoods, cashOnDelivery, cashInAdvance } =
      paymentModeStrictness;
    expect([openAccount, finalPaymentBeforeFinalGoods, cashOnDelivery, cashInAdvance]).toEqual([0, 1, 2, 3]);
  });

  it('labels every mode in both locales', () => {
    expect(paymentModeLabels.openAccount['zh-CN']).toBe('先货后款');
    expect(paymentModeLabels.finalPaymentBeforeFinalGoods['zh-CN']).toBe('尾款尾货');
    expect(paymentModeLabels.cashOnDelivery['zh-CN']).toBe('同款同货');
    expect(paymentModeLabels.cashInAdvance['zh-CN']).toBe('先款后货');
    expect(Object.keys(paymentModeLabels).sort()).toEqual(Object.keys(paymentModeStrictness).sort());
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(paymentModeStrictness)).toBe(true);
    expect(Object.isFrozen(paymentModeLabels.openAccount)).toBe(true);
  });
});

describe('defaultGradeScale', () => {
  it('matches the table of spec §1.2 and the review cadence of §1.5', () => {
    const rows = defaultGradeScale.grades.map((grade) => [
      grade.id,
      grade.minScore,
      grade.paymentMode,
      grade.netAssetRatio,
      grade.maxCreditDays,
      grade.reviewMonths,
    ]);
    expect(rows).toEqual([
      ['AAA', 90, 'openAccount', '0.20', 90, 12],
      ['AA', 80, 'openAccount', '0.15', 60, 12],
      ['A', 70, 'openAccount', '0.10', 30, 6],
      ['B', 60, 'finalPaymentBeforeFinalGoods', '0.05', 30, 6],
      ['C', 50, 'cashOnDelivery', '0', 0, 3],
      ['D', 0, 'cashInAdvance', '0', 0, 3],
    ]);
  });

  it('is frozen to the last grade', () => {
    expect(Object.isFrozen(defaultGradeScale.grades[5])).toBe(true);
    expect(Object.isFrozen(defaultGradeScale.grades[5]?.label)).toBe(true);
  });

  it('passes its own schema, as does the four-level scale', () => {
    expect(GradeScaleSchema.safeParse(defaultGradeScale).success).toBe(true);
    expect(GradeScaleSchema.safeParse(fourLevelGradeScale).success).toBe(true);
  });
});

describe('fourLevelGradeScale', () => {
  it('merges AAA, AA and A into A ≥70 with the terms of the default A', () => {
    expect(fourLevelGradeScale.grades.map((grade) => [grade.id, grade.minScore])).toEqual([
      ['A', 70],
      ['B', 60],
      ['C', 50],
      ['D', 0],
    ]);
    const { id: _merged, ...mergedTerms } = findGrade(fourLevelGradeScale, 'A');
    const { id: _original, ...originalTerms } = findGrade(defaultGradeScale, 'A');
    expect(mergedTerms).toEqual(originalTerms);
    expect(gradeForScore(fourLevelGradeScale, 95).id).toBe('A');
  });
});

describe('gradeForScore', () => {
  it.each([
    [100, 'AAA'],
    [90, 'AAA'],
    [89.99, 'AA'],
    [80, 'AA'],
    [79.99, 'A'],
    [70, 'A'],
    [69.99, 'B'],
    [60, 'B'],
    [59.99, 'C'],
    [50, 'C'],
    [49.99, 'D'],
    [0, 'D'],
    [-12, 'D'],
  ])('grades %s as %s: minimum scores are inclusive', (score, grade) => {
    expect(gradeForScore(defaultGradeScale, score).id).toBe(grade);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %s', (score) => {
    expect(() => gradeForScore(defaultGradeScale, score)).toThrow(code('INVALID_ARGUMENT'));
  });

  it('names the score in the message', () => {
    expect(() => gradeForScore(defaultGradeScale, Number.NaN)).toThrow(
      'gradeForScore: cannot grade the score NaN: it is not a finite number',
    );
  });
});

describe('compareGrades, capGrade and findGrade', () => {
  it('compares by position: positive when the first is better', () => {
    expect(compareGrades(defaultGradeScale, 'AAA', 'D')).toBe(5);
    expect(compareGrades(defaultGradeScale, 'B', 'A')).toBe(-1);
    expect(compareGrades(defaultGradeScale, 'C', 'C')).toBe(0);
  });

  it('caps at the ceiling, never above the grade', () => {
    expect(capGrade(defaultGradeScale, 'AAA', 'C').id).toBe('C');
    expect(capGrade(defaultGradeScale, 'C', 'C').id).toBe('C');
    expect(capGrade(defaultGradeScale, 'D', 'AAA').id).toBe('D');
  });

  it('refuses grade ids the scale lacks, naming the grades it has', () => {
    expect(() => findGrade(defaultGradeScale, 'E')).toThrow(code('INVALID_ARGUMENT'));
    expect(() => compareGrades(defaultGradeScale, 'A', 'AAAA')).toThrow(
      'compareGrades: b "AAAA" is not a grade of scale "default" (grades: AAA, AA, A, B, C, D)',
    );
    expect(() => capGrade(fourLevelGradeScale, 'AA', 'C')).toThrow(code('INVALID_ARGUMENT'));
  });
});

const grade = (id: string, minScore: number): GradeDefinition => ({
  id,
  minScore,
  paymentMode: 'openAccount',
  netAssetRatio: '0.1',
  maxCreditDays: 30,
  reviewMonths: 6,
  label: { en: id, 'zh-CN': id },
});

describe('createGradeScale', () => {
  it('accepts a valid scale and returns it frozen', () => {
    const scale = createGradeScale({ id: 'two', grades: [grade('good', 50), grade('bad', 0)] });
    expect(scale.grades.map((entry) => entry.id)).toEqual(['good', 'bad']);
    expect(Object.isFrozen(scale.grades[0])).toBe(true);
  });

  it('reports every problem at once with INVALID_GRADE_SCALE', () => {
    const run = () =>
      createGradeScale({
        id: ' ',
        grades: [
          grade('x', 50),
          { ...grade('x', 60), netAssetRatio: '1.5', maxCreditDays: 2.5 },
          { ...grade('y', 10), paymentMode: 'barter' },
        ],
      });
    expect(run).toThrow(code('INVALID_GRADE_SCALE'));
    expect(issueCodes(run).sort()).toEqual(
      [
        'duplicate_grade',
        'grades_not_decreasing',
        'invalid_format',
        'invalid_value',
        'last_grade_not_zero',
        'not_multiple_of',
        'invalid_format',
      ].sort(),
    );
  });

  it('refuses an empty scale and unknown keys', () => {
    expect(() => createGradeScale({ id: 'empty', grades: [] })).toThrow(code('INVALID_GRADE_SCALE'));
    expect(() => createGradeScale({ id: 'k', grades: [{ ...grade('a', 0), colour: 'red' }] })).toThrow(
      code('INVALID_GRADE_SCALE'),
    );
  });

  it('exports a JSON Schema of the file format', () => {
    expect(gradeScaleJsonSchema.type).toBe('object');
    expect(Object.isFrozen(gradeScaleJsonSchema)).toBe(true);
  });
});

const scaleArbitrary = fc
  .uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 0, maxLength: 8 })
  .map((bounds) => {
    const sorted = [...bounds].sort((a, b) => b - a);
    return createGradeScale({
      id: 'generated',
      grades: [...sorted, 0].map((minScore, index) => grade(`G${index}`, minScore)),
    });
  });
const presets = fc.constantFrom(defaultGradeScale, fourLevelGradeScale);
const anyScale = fc.oneof(presets, scaleArbitrary);
const score = fc.double({ min: -100, max: 1100, noNaN: true });

describe('properties', () => {
  it('the grade scale is monotone: a higher score never earns a worse grade', () => {
    fc.assert(
      fc.property(anyScale, score, score, (scale, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(
          compareGrades(scale, gradeForScore(scale, high).id, gradeForScore(scale, low).id),
        ).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('every score earns the best grade whose minimum it reaches', () => {
    fc.assert(
      fc.property(anyScale, score, (scale, value) => {
        const earned = gradeForScore(scale, value);
        expect(value >= earned.minScore || earned === scale.grades.at(-1)).toBe(true);
        const better = scale.grades.slice(0, scale.grades.indexOf(earned));
        expect(better.every((entry) => value < entry.minScore)).toBe(true);
      }),
    );
  });

  it('caps only ever lower a grade, and capping twice changes nothing more', () => {
    fc.assert(
      fc.property(presets, fc.nat(), fc.nat(), (scale, i, j) => {
        const gradeId = scale.grades[i % scale.grades.length]!.id;
        const ceiling = scale.grades[j % scale.grades.length]!.id;
        const capped = capGrade(scale, gradeId, ceiling);
        expect(compareGrades(scale, capped.id, gradeId)).toBeLessThanOrEqual(0);
        expect(compareGrades(scale, capped.id, ceiling)).toBeLessThanOrEqual(0);
        expect(capGrade(scale, capped.id, ceiling)).toBe(capped);
      }),
    );
  });

  it('compareGrades is antisymmetric: swapping the grades negates the result', () => {
    fc.assert(
      fc.property(presets, fc.nat(), fc.nat(), (scale, i, j) => {
        const a = scale.grades[i % scale.grades.length]!.id;
        const b = scale.grades[j % scale.grades.length]!.id;
        expect(compareGrades(scale, a, b)).toBe(-compareGrades(scale, b, a) || 0);
      }),
    );
  });
});
