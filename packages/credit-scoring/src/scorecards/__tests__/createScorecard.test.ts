import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  createScorecard,
  defineCustomFactor,
  type FactorDefinition,
  fourLevelGradeScale,
  type ScorecardDefinition,
  ScorecardDefinitionSchema,
  scorecardDefinitionJsonSchema,
  sevenItemScorecardDefinition,
} from '../../index.ts';

const label = { en: 'L', 'zh-CN': '标' };
const bands = (id: string, weight: number, extra: Partial<FactorDefinition> = {}): FactorDefinition =>
  ({
    id,
    kind: 'bands',
    field: id,
    weight,
    label,
    bands: [{ points: 0 }, { atLeast: 1, points: 50 }, { atLeast: 2, points: 100 }],
    ...extra,
  }) as FactorDefinition;

/** The stable issue codes of the INVALID_SCORECARD error a definition raises, in report order. */
function issuesOf(definition: unknown, options: Parameters<typeof createScorecard>[1] = {}): string[] {
  try {
    createScorecard(definition as ScorecardDefinition, options);
  } catch (error) {
    expect(error).toEqual(expect.objectContaining({ code: 'INVALID_SCORECARD' }));
    return (error as { details: { issues: { code: string; pathText: string }[] } }).details.issues.map(
      (issue) => `${issue.pathText} ${issue.code}`,
    );
  }
  throw new Error('expected INVALID_SCORECARD');
}

describe('createScorecard: valid definitions', () => {
  it('accepts the seven-item definition and keeps it as data', () => {
    const scorecard = createScorecard(sevenItemScorecardDefinition);
    expect(scorecard.id).toBe('sevenItem');
    expect(scorecard.definition).toEqual(sevenItemScorecardDefinition);
    expect(scorecard.gradeScale.id).toBe('default');
    expect(Object.isFrozen(scorecard)).toBe(true);
  });

  it('loads a definition from JSON text as it is', () => {
    const text = JSON.stringify({ ...sevenItemScorecardDefinition, $schema: './scorecard.schema.json' });
    expect(createScorecard(JSON.parse(text)).definition.factors).toHaveLength(7);
  });

  it('adds declared weights exactly: 0.1 + 0.2 is 0.3', () => {
    const definition = { id: 'exact', totalWeight: 0.3, factors: [bands('a', 0.1), bands('b', 0.2)] };
    expect(createScorecard(definition).id).toBe('exact');
  });

  it('uses the definition’s own grade scale', () => {
    const scorecard = createScorecard({
      id: 'four',
      gradeScale: fourLevelGradeScale,
      factors: [bands('a', 1)],
    });
    expect(scorecard.gradeScale.id).toBe('fourLevel');
  });

  it('lets a band hold a single value: atLeast x then above x', () => {
    const factor = bands('a', 1, {
      bands: [{ points: 0 }, { atLeast: 0, points: 50 }, { above: 0, points: 100 }],
    } as Partial<FactorDefinition>);
    expect(createScorecard({ id: 'zero', factors: [factor] }).id).toBe('zero');
  });
});

describe('createScorecard: bad definitions raise INVALID_SCORECARD with every issue', () => {
  it('refuses negative weights', () => {
    expect(issuesOf({ id: 'x', factors: [bands('a', -1)] })).toEqual(['factors[0].weight too_small']);
  });

  it('refuses weights that do not add up to the declared total', () => {
    expect(issuesOf({ id: 'x', totalWeight: 100, factors: [bands('a', 60), bands('b', 30)] })).toEqual([
      'totalWeight weight_total_mismatch',
    ]);
  });

  it('refuses NaN and infinite numbers anywhere', () => {
    const factor = bands('a', Number.NaN, {
      bands: [{ points: 0 }, { atLeast: Number.POSITIVE_INFINITY, points: 10 }],
    } as Partial<FactorDefinition>);
    expect(issuesOf({ id: 'x', factors: [factor] })).toEqual([
      'factors[0].weight invalid_type',
      'factors[0].bands[1].atLeast invalid_type',
    ]);
  });

  it('refuses all-zero weights', () => {
    expect(issuesOf({ id: 'x', factors: [bands('a', 0)] })).toEqual(['factors no_weight']);
  });

  it('refuses duplicate factor ids and unknown factor kinds', () => {
    const unknown = { id: 'c', kind: 'formula', label, expression: 'x*2' };
    expect(issuesOf({ id: 'x', factors: [bands('a', 1), bands('a', 1), unknown] })).toEqual([
      'factors[2].kind invalid_union',
      'factors[1].id duplicate_factor',
    ]);
  });

  it('refuses bands out of order, badly bounded or against their direction', () => {
    const factor = bands('a', 1, {
      direction: 'higherIsBetter',
      bands: [
        { atLeast: 0, points: 0 },
        { atLeast: 2, points: 50 },
        { atLeast: 1, points: 40 },
        { points: 100 },
      ],
    } as Partial<FactorDefinition>);
    expect(issuesOf({ id: 'x', factors: [factor] })).toEqual([
      'factors[0].bands[0] first_band_bounded',
      'factors[0].bands[3] band_bound',
      'factors[0].bands[2].atLeast bands_not_increasing',
      'factors[0].bands[2].points bands_not_monotone',
    ]);
  });

  it('refuses points outside 0–100 on the percent scale', () => {
    const factor = bands('a', 1, { missing: { points: 120 } } as Partial<FactorDefinition>);
    expect(issuesOf({ id: 'x', factors: [factor] })).toEqual([
      'factors[0].missing.points points_out_of_scale',
    ]);
  });

  it('refuses duplicate categories and empty ranges', () => {
    const categories = {
      id: 'c',
      kind: 'categories',
      field: 'c',
      label,
      categories: [
        { value: 'x', points: 1 },
        { value: 'x', points: 2 },
      ],
    };
    const linear = {
      id: 'l',
      kind: 'linear',
      label,
      terms: [{ field: 'v', coefficient: 1, validRange: { min: 5, max: 1 } }],
      minPoints: 80,
      maxPoints: 20,
    };
    expect(issuesOf({ id: 'x', factors: [categories, linear] })).toEqual([
      'factors[0].categories[1].value duplicate_category',
      'factors[1].terms[0].validRange empty_range',
      'factors[1].minPoints empty_range',
    ]);
  });

  it('refuses rules naming grades the scale lacks, and repeated rule ids', () => {
    const rule = { id: 'r', kind: 'cap', when: { field: 'x', equals: true }, grade: 'AA', label };
    const definition = {
      id: 'x',
      gradeScale: fourLevelGradeScale,
      factors: [bands('a', 1)],
      rules: [rule, rule],
    };
    expect(issuesOf(definition)).toEqual([
      'rules[1].id duplicate_rule',
      'rules[0].grade unknown_grade',
      'rules[1].grade unknown_grade',
    ]);
  });

  it('refuses conditions with no operator, two operators, or a field where none belongs', () => {
    const rule = (when: unknown) => ({
      id: String(Math.random()),
      kind: 'knockOut',
      when,
      grade: 'D',
      label,
    });
    const definition = {
      id: 'x',
      factors: [bands('a', 1)],
      rules: [
        rule({ field: 'x' }),
        rule({ field: 'x', atLeast: 1, atMost: 2 }),
        rule({ field: 'x', all: [{ field: 'y', isMissing: true }] }),
      ],
    };
    expect(issuesOf(definition)).toEqual([
      'rules[0].when condition_operator',
      'rules[1].when condition_operator',
      'rules[2].when.field condition_field',
    ]);
  });

  it('requires a grade scale on the points scale', () => {
    expect(issuesOf({ id: 'x', scale: { kind: 'points' }, factors: [bands('a', 1)] })).toEqual([
      'gradeScale grade_scale_required',
    ]);
  });

  it('refuses custom factors the options lack, and custom factors the definition never names', () => {
    const named = { id: 'esg', kind: 'custom', label };
    const stray = defineCustomFactor({
      kind: 'custom',
      id: 'other',
      inputSchema: z.number(),
      points: (value) => value,
    });
    expect(issuesOf({ id: 'x', factors: [named] }, { customFactors: [stray] })).toEqual([
      'factors[0].id unknown_custom_factor',
      'customFactors[0] unused_custom_factor',
    ]);
  });

  it('refuses custom factors whose points reach outside 0–100 on the percent scale', () => {
    const wide = defineCustomFactor({
      kind: 'custom',
      id: 'w',
      inputSchema: z.number(),
      points: (value) => value,
      maxPoints: 500,
    });
    expect(
      issuesOf({ id: 'x', factors: [{ id: 'w', kind: 'custom', label }] }, { customFactors: [wide] }),
    ).toEqual(['customFactors[0] points_out_of_scale']);
  });

  it('refuses custom conditions the options lack, however deeply nested', () => {
    const when = { any: [{ field: 'a', isMissing: true }, { not: { custom: 'onSanctionsList' } }] };
    const definition = {
      id: 'x',
      factors: [bands('a', 1)],
      rules: [{ id: 'r', kind: 'knockOut', when, grade: 'D', label }],
    };
    expect(issuesOf(definition)).toEqual(['rules[0].when.any[1].not.custom unknown_custom_condition']);
  });

  it('refuses unknown keys, so a misspelt option cannot be silently ignored', () => {
    expect(
      issuesOf({ id: 'x', factors: [bands('a', 1, { wieght: 3 } as Partial<FactorDefinition>)] }),
    ).toEqual(['factors[0] unrecognized_keys']);
  });

  it('says what is wrong in the message, starting with the function name', () => {
    expect(() => createScorecard({ id: 'x', totalWeight: 100, factors: [bands('a', 60)] })).toThrow(
      "createScorecard: 1 problem\n  totalWeight: the factors' weights add up to 60, not the declared 100",
    );
  });
});

describe('the exported schemas', () => {
  it('ScorecardDefinitionSchema checks without code', () => {
    expect(ScorecardDefinitionSchema.safeParse(sevenItemScorecardDefinition).success).toBe(true);
    expect(ScorecardDefinitionSchema.safeParse({ id: 'x', factors: [] }).success).toBe(false);
  });

  it('the JSON Schema lists the factor kinds and is frozen', () => {
    const text = JSON.stringify(scorecardDefinitionJsonSchema);
    for (const kind of ['"bands"', '"categories"', '"linear"', '"custom"']) expect(text).toContain(kind);
    expect(Object.isFrozen(scorecardDefinitionJsonSchema)).toBe(true);
  });
});

describe('properties', () => {
  it('a declared total is accepted exactly when it equals the sum of the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6000 }),
        (hundredths, declared) => {
          const weights = hundredths.map((weight) => weight / 100);
          const sum = hundredths.reduce((total, weight) => total + weight, 0);
          fc.pre(sum > 0);
          const factors = weights.map((weight, index) => bands(`f${index}`, weight));
          const run = () => createScorecard({ id: 'p', totalWeight: declared / 100, factors });
          if (declared === sum) expect(run).not.toThrow();
          else expect(run).toThrow(expect.objectContaining({ code: 'INVALID_SCORECARD' }));
        },
      ),
    );
  });

  it('any negative weight is refused', () => {
    fc.assert(
      fc.property(fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), (weight) => {
        expect(() => createScorecard({ id: 'n', factors: [bands('a', 1), bands('b', weight)] })).toThrow(
          expect.objectContaining({ code: 'INVALID_SCORECARD' }),
        );
      }),
    );
  });
});
