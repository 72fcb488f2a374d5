import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  compareGrades,
  createGradeScale,
  createScorecard,
  defaultGradeScale,
  defineCustomFactor,
  type FactorDefinition,
  type GradeRule,
  oddsFromScore,
  type Scorecard,
  type ScorecardDefinition,
  scoreApplicant,
} from '../../index.ts';

const label = { en: 'L', 'zh-CN': '标' };
const code = (value: string) => expect.objectContaining({ code: value });

const liquidity: FactorDefinition = {
  id: 'liquidity',
  kind: 'bands',
  field: 'ratios.current',
  weight: 60,
  direction: 'higherIsBetter',
  validRange: { min: 0 },
  label: { en: 'Liquidity', 'zh-CN': '流动性' },
  bands: [{ points: 30 }, { atLeast: 1, points: 60 }, { above: 2, points: 100 }],
};
const outlook: FactorDefinition = {
  id: 'outlook',
  kind: 'categories',
  field: 'outlook',
  weight: 40,
  label: { en: 'Outlook', 'zh-CN': '前景' },
  categories: [
    { value: 'good', points: 100 },
    { value: 'poor', points: 20 },
  ],
};
const card = (factors: readonly FactorDefinition[], extra: Partial<ScorecardDefinition> = {}): Scorecard =>
  createScorecard({ id: 'test', factors, ...extra });

describe('bands', () => {
  const scorecard = card([{ ...liquidity, weight: 1 }]);
  it.each([
    [0, 30],
    [0.99, 30],
    [1, 60],
    [2, 60],
    [2.0001, 100],
    [50, 100],
  ])('scores %s as %s points: atLeast is inclusive, above exclusive', (value, points) => {
    expect(scoreApplicant(scorecard, { ratios: { current: value } }).factors[0]?.points).toBe(points);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '1.5', true])('refuses the value %s', (value) => {
    expect(() => scoreApplicant(scorecard, { ratios: { current: value } })).toThrow(code('INVALID_ARGUMENT'));
  });

  it('refuses values outside the valid range rather than clamping them', () => {
    expect(() => scoreApplicant(scorecard, { ratios: { current: -0.5 } })).toThrow(
      'scoreApplicant: factor "liquidity" reads ratios.current = -0.5: outside the valid range 0–+∞',
    );
  });
});

describe('categories', () => {
  it('scores listed values and refuses others unless an otherwise is given', () => {
    const strict = card([{ ...outlook, weight: 1 }]);
    expect(scoreApplicant(strict, { outlook: 'poor' }).score).toBe(20);
    expect(() => scoreApplicant(strict, { outlook: 'fair' })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => scoreApplicant(strict, { outlook: { level: 'good' } })).toThrow(code('INVALID_ARGUMENT'));
    const lenient = card([{ ...outlook, weight: 1, otherwise: 50 }]);
    expect(scoreApplicant(lenient, { outlook: 'fair' }).score).toBe(50);
    expect(() => scoreApplicant(lenient, { outlook: Number.NaN })).toThrow(code('INVALID_ARGUMENT'));
  });
});

describe('linear factors', () => {
  const character: FactorDefinition = {
    id: 'character',
    kind: 'linear',
    label,
    terms: [
      { field: 'onTime', coefficient: 100, validRange: { min: 0, max: 1 } },
      { field: 'broken', coefficient: -20, ifMissing: 0 },
    ],
    minPoints: 0,
    maxPoints: 100,
    missing: { points: 55 },
  };
  const scorecard = card([character]);

  it('adds the terms and clamps to the points range', () => {
    expect(scoreApplicant(scorecard, { onTime: 0.85, broken: 1 }).factors[0]?.points).toBe(65);
    expect(scoreApplicant(scorecard, { onTime: 0.3, broken: 4 }).factors[0]?.points).toBe(0);
  });

  it('imputes a term with ifMissing, and shows the values read', () => {
    const [factor] = scoreApplicant(scorecard, { onTime: 0.57 }).factors;
    expect(factor).toMatchObject({ points: 57, missing: true, value: { onTime: 0.57, broken: null } });
  });

  it('applies the missing-value policy when a term without ifMissing is missing', () => {
    expect(scoreApplicant(scorecard, { broken: 2 }).factors[0]).toMatchObject({ points: 55, missing: true });
  });
});

describe('missing values', () => {
  it('rejects by default with MISSING_FACTOR_VALUE', () => {
    expect(() => scoreApplicant(card([liquidity, outlook]), { outlook: 'good' })).toThrow(
      code('MISSING_FACTOR_VALUE'),
    );
  });

  it('treats null like an absent value', () => {
    expect(() =>
      scoreApplicant(card([liquidity, outlook]), { ratios: { current: null }, outlook: 'good' }),
    ).toThrow(code('MISSING_FACTOR_VALUE'));
  });

  it('scores fixed points for the missing value', () => {
    const result = scoreApplicant(card([{ ...liquidity, missing: { points: 45 } }, outlook]), {
      outlook: 'good',
    });
    expect(result.score).toBe(67); // (60 × 45 + 40 × 100) ÷ 100
    expect(result.factors[0]).toMatchObject({ value: null, points: 45, missing: true, contribution: 27 });
  });

  it('leaves a neutral factor out and re-weights the others', () => {
    const result = scoreApplicant(card([{ ...liquidity, missing: 'neutral' }, outlook]), { outlook: 'poor' });
    expect(result.score).toBe(20);
    expect(result.factors[0]).toMatchObject({ points: null, contribution: 0, missing: true });
    expect(result.reasons.map((reason) => reason.factorId)).toEqual(['outlook']);
  });

  it('refuses to score when no weighted factor has a value', () => {
    expect(() => scoreApplicant(card([{ ...liquidity, missing: 'neutral' }]), {})).toThrow(
      code('MISSING_FACTOR_VALUE'),
    );
  });
});

describe('the explanation', () => {
  const scorecard = card([liquidity, outlook]);
  const result = scoreApplicant(scorecard, { ratios: { current: 1.2 }, outlook: 'poor' });

  it('shows each factor’s value, points, weight and contribution', () => {
    expect(result.score).toBe(44); // (60 × 60 + 40 × 20) ÷ 100
    expect(result.factors).toEqual([
      {
        id: 'liquidity',
        label: liquidity.label,
        value: 1.2,
        points: 60,
        weight: 60,
        contribution: 36,
        missing: false,
        cappedAt: null,
      },
      {
        id: 'outlook',
        label: outlook.label,
        value: 'poor',
        points: 20,
        weight: 40,
        contribution: 8,
        missing: false,
        cappedAt: null,
      },
    ]);
  });

  it('lists reasons by lost points with default codes and labels', () => {
    expect(result.reasons).toEqual([
      {
        code: 'outlook',
        factorId: 'outlook',
        impact: 32,
        label: { en: 'Outlook: scored below the best', 'zh-CN': '前景：未得满分' },
      },
      {
        code: 'liquidity',
        factorId: 'liquidity',
        impact: 24,
        label: { en: 'Liquidity: scored below the best', 'zh-CN': '流动性：未得满分' },
      },
    ]);
  });

  it('breaks ties in the definition’s order and keeps at most maxReasons', () => {
    const even = (id: string): FactorDefinition => ({ ...outlook, id, field: id, weight: 1 });
    const factors = ['a', 'b', 'c', 'd', 'e'].map(even);
    const tied = scoreApplicant(card(factors, { maxReasons: 3 }), {
      a: 'poor',
      b: 'good',
      c: 'poor',
      d: 'poor',
      e: 'poor',
    });
    expect(tied.reasons.map((reason) => reason.factorId)).toEqual(['a', 'c', 'd']);
  });

  it('uses the factor’s own reason code and label', () => {
    const reason = { code: 'LOW_LIQUIDITY', label: { en: 'Low current ratio', 'zh-CN': '流动比率偏低' } };
    const own = scoreApplicant(card([{ ...liquidity, reason }]), { ratios: { current: 0.5 } });
    expect(own.reasons).toEqual([{ ...reason, factorId: 'liquidity', impact: 70 }]);
  });

  it('gives no reason for a factor at its best', () => {
    expect(scoreApplicant(scorecard, { ratios: { current: 3 }, outlook: 'good' }).reasons).toEqual([]);
  });

  it('rounds the score half away from zero to scoreDecimals', () => {
    const third = card(
      [
        { ...outlook, weight: 1 },
        { ...outlook, id: 'o2', weight: 2 },
      ],
      { scoreDecimals: 1 },
    );
    expect(scoreApplicant(third, { outlook: 'good' }).score).toBe(100);
    const mixed = createScorecard({
      id: 'r',
      factors: [
        { ...outlook, weight: 1 },
        { ...outlook, id: 'o2', field: 'o2', weight: 2 },
      ],
      scoreDecimals: 1,
    });
    expect(scoreApplicant(mixed, { outlook: 'good', o2: 'poor' }).score).toBe(46.7); // 140 ÷ 3 = 46.666…
  });
});

describe('caps on a factor', () => {
  const capped = card([
    {
      ...liquidity,
      caps: [
        { when: { field: 'young', equals: true }, atMost: 40 },
        { when: { field: 'tiny', equals: true }, atMost: 35 },
      ],
    },
    outlook,
  ]);

  it('limits the points while the condition holds, the lowest cap winning', () => {
    expect(
      scoreApplicant(capped, { ratios: { current: 3 }, outlook: 'good', young: true }).factors[0],
    ).toMatchObject({ points: 40, cappedAt: 40 });
    expect(
      scoreApplicant(capped, { ratios: { current: 3 }, outlook: 'good', young: true, tiny: true }).factors[0],
    ).toMatchObject({ points: 35, cappedAt: 35 });
    expect(
      scoreApplicant(capped, { ratios: { current: 0.5 }, outlook: 'good', young: true }).factors[0],
    ).toMatchObject({ points: 30, cappedAt: null });
  });

  it('tests every cap, so a malformed input is refused whatever the points', () => {
    expect(() => scoreApplicant(capped, { ratios: { current: 0.5 }, outlook: 'good', young: 'yes' })).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });
});

describe('knock-out and cap rules', () => {
  const rules: GradeRule[] = [
    {
      id: 'defaulter',
      kind: 'knockOut',
      when: { field: 'flags.defaulter', equals: true },
      grade: 'D',
      label,
    },
    { id: 'signal', kind: 'cap', when: { field: 'signals', greaterThan: 0 }, grade: 'C', label },
    { id: 'lenient', kind: 'cap', when: { field: 'signals', greaterThan: 0 }, grade: 'AAA', label },
  ];
  const scorecard = card([liquidity, outlook], { rules });
  const best = { ratios: { current: 3 }, outlook: 'good' };

  it('applies after the score and names every rule that held', () => {
    const result = scoreApplicant(scorecard, { ...best, signals: 1 });
    expect(result.gradeBeforeRules.id).toBe('AAA');
    expect(result.grade.id).toBe('C');
    expect(result.rulesApplied.map((rule) => `${rule.id}:${rule.kind}:${rule.grade}`)).toEqual([
      'signal:cap:C',
      'lenient:cap:AAA',
    ]);
  });

  it('knocks out to D whatever the score', () => {
    const result = scoreApplicant(scorecard, { ...best, flags: { defaulter: true }, signals: 2 });
    expect(result.grade.id).toBe('D');
    expect(result.rulesApplied.map((rule) => rule.id)).toEqual(['defaulter', 'signal', 'lenient']);
  });

  it('never raises a grade', () => {
    const result = scoreApplicant(scorecard, { ratios: { current: 0.5 }, outlook: 'poor', signals: 1 });
    expect([result.gradeBeforeRules.id, result.grade.id]).toEqual(['D', 'D']);
  });

  it('does not fire on missing facts, and refuses facts of the wrong type', () => {
    expect(scoreApplicant(scorecard, best).rulesApplied).toEqual([]);
    expect(() => scoreApplicant(scorecard, { ...best, flags: { defaulter: 'true' } })).toThrow(
      code('INVALID_ARGUMENT'),
    );
    expect(() => scoreApplicant(scorecard, { ...best, signals: Number.NaN })).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });
});

describe('custom factors and conditions', () => {
  const esg = defineCustomFactor({
    kind: 'custom',
    id: 'esg',
    inputSchema: z.object({ rating: z.enum(['A', 'B', 'C', 'unrated']) }),
    points: (input) => (input.rating === 'unrated' ? null : { A: 100, B: 70, C: 30 }[input.rating]),
  });
  const esgFactor: FactorDefinition = {
    id: 'esg',
    kind: 'custom',
    field: 'esg',
    weight: 20,
    label,
    missing: { points: 50 },
  };
  const scorecard = createScorecard(
    {
      id: 'custom',
      factors: [outlook, esgFactor],
      rules: [{ id: 'sanctioned', kind: 'knockOut', when: { custom: 'onSanctionsList' }, grade: 'D', label }],
    },
    { customFactors: [esg], customConditions: { onSanctionsList: (input) => input.name === 'Shady Ltd' } },
  );

  it('scores through the integrator’s function after its schema', () => {
    expect(scoreApplicant(scorecard, { outlook: 'good', esg: { rating: 'B' } }).score).toBe(90); // (40 × 100 + 20 × 70) ÷ 60
  });

  it('treats a null from the function, or a missing field, as missing', () => {
    expect(
      scoreApplicant(scorecard, { outlook: 'good', esg: { rating: 'unrated' } }).factors[1],
    ).toMatchObject({ points: 50, missing: true });
    expect(scoreApplicant(scorecard, { outlook: 'good' }).factors[1]).toMatchObject({
      points: 50,
      missing: true,
      value: null,
    });
  });

  it('refuses input its schema refuses, with the issues', () => {
    expect(() => scoreApplicant(scorecard, { outlook: 'good', esg: { rating: 'AAA' } })).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });

  it('refuses points outside the factor’s declared range', () => {
    const wild = defineCustomFactor({
      kind: 'custom',
      id: 'esg',
      inputSchema: z.number(),
      points: (value) => value,
    });
    const broken = createScorecard(
      { id: 'w', factors: [{ ...esgFactor, missing: 'reject' }] },
      { customFactors: [wild] },
    );
    expect(() => scoreApplicant(broken, { esg: 140 })).toThrow(code('INVALID_SCORECARD'));
    expect(() => scoreApplicant(broken, { esg: Number.NaN })).toThrow(code('INVALID_ARGUMENT'));
  });

  it('runs custom conditions in rules', () => {
    expect(
      scoreApplicant(scorecard, { outlook: 'good', esg: { rating: 'A' }, name: 'Shady Ltd' }).grade.id,
    ).toBe('D');
  });

  it('takes any Standard Schema validator, not only zod', () => {
    const grade = defineCustomFactor<'A' | 'B'>({
      kind: 'custom',
      id: 'esg',
      inputSchema: {
        '~standard': {
          version: 1,
          vendor: 'hand-written',
          validate: (value) =>
            value === 'A' || value === 'B' ? { value } : { issues: [{ message: 'expected "A" or "B"' }] },
        },
      },
      points: (rating) => (rating === 'A' ? 100 : 60),
    });
    const scorecard = createScorecard(
      { id: 'std', factors: [{ ...esgFactor, missing: 'reject' }] },
      { customFactors: [grade] },
    );
    expect(scoreApplicant(scorecard, { esg: 'B' }).score).toBe(60);
    expect(() => scoreApplicant(scorecard, { esg: 'C' })).toThrow(
      'scoreApplicant: custom factor "esg" refused its input: esg: expected "A" or "B"',
    );
  });

  it('refuses an asynchronous schema: scoring is synchronous', () => {
    const slow = defineCustomFactor({
      kind: 'custom',
      id: 'esg',
      inputSchema: z.string().refine(async () => true),
      points: () => 50,
    });
    const scorecard = createScorecard({ id: 'async', factors: [esgFactor] }, { customFactors: [slow] });
    expect(() => scoreApplicant(scorecard, { esg: 'x' })).toThrow(code('INVALID_SCORECARD'));
  });

  it('refuses a malformed custom factor when the scorecard is created', () => {
    const malformed = { kind: 'custom', id: 'esg', inputSchema: {}, points: 3 } as never;
    expect(() => createScorecard({ id: 'm', factors: [esgFactor] }, { customFactors: [malformed] })).toThrow(
      code('INVALID_SCORECARD'),
    );
  });

  it('hands the whole input to a custom factor without a field', () => {
    const whole = defineCustomFactor({
      kind: 'custom',
      id: 'size',
      inputSchema: z.object({ employees: z.number().int().min(0) }),
      points: (input) => Math.min(100, input.employees),
    });
    const sized = createScorecard(
      { id: 's', factors: [{ id: 'size', kind: 'custom', label }] },
      { customFactors: [whole] },
    );
    expect(scoreApplicant(sized, { employees: 42, other: 'ignored' }).score).toBe(42);
  });
});

describe('field access is prototype-safe: own properties only', () => {
  const risky = (field: string) =>
    card([{ ...outlook, field, weight: 1, missing: { points: 0 }, otherwise: 77 }]);

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'does not read %s from the prototype',
    (field) => {
      expect(scoreApplicant(risky(field), {}).factors[0]).toMatchObject({ missing: true, points: 0 });
    },
  );

  it('reads an own property even under a risky name', () => {
    expect(scoreApplicant(risky('constructor'), JSON.parse('{"constructor":"good"}')).score).toBe(100);
  });

  it('ignores a polluted Object.prototype', () => {
    const scorecard = card([{ ...liquidity, weight: 1, missing: { points: 0 } }]);
    const proto = Object.prototype as Record<string, unknown>;
    proto.ratios = { current: 5 };
    try {
      expect(scoreApplicant(scorecard, {}).factors[0]?.points).toBe(0);
    } finally {
      delete proto.ratios;
    }
  });
});

describe('points-to-odds scale', () => {
  const pointsScale = createGradeScale({
    id: 'points',
    grades: [
      { ...defaultGradeScale.grades[0]!, id: 'low', minScore: 620 },
      { ...defaultGradeScale.grades[3]!, id: 'medium', minScore: 560 },
      { ...defaultGradeScale.grades[5]!, id: 'high', minScore: 0 },
    ],
  });
  const scorecard = createScorecard({
    id: 'statistical',
    scale: { kind: 'points', basePoints: 480 },
    gradeScale: pointsScale,
    rules: [{ id: 'late', kind: 'cap', when: { field: 'dpd', greaterThan: 90 }, grade: 'medium', label }],
    factors: [
      {
        id: 'age',
        kind: 'bands',
        field: 'age',
        label,
        bands: [{ points: 22 }, { atLeast: 3, points: 48 }, { atLeast: 10, points: 71 }],
      },
      {
        id: 'dso',
        kind: 'bands',
        field: 'dso',
        label,
        direction: 'lowerIsBetter',
        bands: [{ points: 65 }, { above: 45, points: 30 }, { above: 90, points: -12 }],
      },
    ],
  });

  it('adds base points and attribute points as exported, with the odds', () => {
    const result = scoreApplicant(scorecard, { age: 5, dso: 60 });
    expect(result.scale).toBe('points');
    expect(result.score).toBe(558);
    expect(result.grade.id).toBe('high');
    expect(result.odds).toBe(oddsFromScore(558));
    expect(result.reasons.map((reason) => `${reason.factorId} ${reason.impact}`)).toEqual([
      'dso 35',
      'age 23',
    ]);
  });

  it('allows negative points and scores above 100', () => {
    const result = scoreApplicant(scorecard, { age: 12, dso: 120 });
    expect(result.factors[1]?.points).toBe(-12);
    expect(result.score).toBe(539);
    expect(scoreApplicant(scorecard, { age: 12, dso: 10, dpd: 120 })).toMatchObject({
      score: 616,
      grade: { id: 'medium' },
    });
  });
});

describe('bad calls', () => {
  it('refuses scorecards that createScorecard did not make, and non-object inputs', () => {
    const forged = {
      id: 'x',
      definition: { id: 'x', factors: [] },
      gradeScale: defaultGradeScale,
    } as unknown as Scorecard;
    expect(() => scoreApplicant(forged, {})).toThrow(code('INVALID_ARGUMENT'));
    expect(() => scoreApplicant(card([outlook]), null as unknown as object)).toThrow(
      code('INVALID_ARGUMENT'),
    );
  });
});

const scorecardArbitrary = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 0, max: 50 }),
      points: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 5 }),
      neutral: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .filter((factors) => factors.some((factor) => factor.weight > 0))
  .map((factors) => {
    const definitions: FactorDefinition[] = factors.map((factor, index) => ({
      id: `f${index}`,
      kind: 'bands',
      field: `f${index}`,
      weight: factor.weight,
      direction: 'higherIsBetter',
      label,
      missing: factor.neutral ? 'neutral' : { points: 0 },
      bands: [...factor.points]
        .sort((a, b) => a - b)
        .map((points, band) => (band === 0 ? { points } : { atLeast: band * 10, points })),
    }));
    return { scorecard: createScorecard({ id: 'generated', factors: definitions }), count: factors.length };
  });
const value = fc.option(fc.double({ min: -100, max: 100, noNaN: true }), { nil: undefined });
const values = fc.array(value, { minLength: 6, maxLength: 6 });
const inputOf = (row: readonly (number | undefined)[]) =>
  Object.fromEntries(row.flatMap((entry, index) => (entry === undefined ? [] : [[`f${index}`, entry]])));

describe('properties', () => {
  it('scores are bounded: a percent-scale score lies within 0–100', () => {
    fc.assert(
      fc.property(scorecardArbitrary, values, ({ scorecard }, row) => {
        const input = { ...inputOf(row), f0: row[0] ?? 0 };
        try {
          const { score } = scoreApplicant(scorecard, input);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        } catch (error) {
          expect(error).toEqual(code('MISSING_FACTOR_VALUE'));
        }
      }),
    );
  });

  it('improving a numeric input in its good direction never lowers the score or the grade', () => {
    fc.assert(
      fc.property(
        scorecardArbitrary,
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
        fc.nat(5),
        fc.double({ min: 0, max: 100, noNaN: true }),
        ({ scorecard, count }, row, which, step) => {
          const before = inputOf(row);
          const field = `f${which % count}`;
          const after = { ...before, [field]: (before[field] ?? 0) + step };
          const a = scoreApplicant(scorecard, before);
          const b = scoreApplicant(scorecard, after);
          expect(b.score).toBeGreaterThanOrEqual(a.score);
          expect(compareGrades(scorecard.gradeScale, b.grade.id, a.grade.id)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('contributions add up to the score within the rounding of each', () => {
    fc.assert(
      fc.property(
        scorecardArbitrary,
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 6, maxLength: 6 }),
        ({ scorecard }, row) => {
          const result = scoreApplicant(scorecard, inputOf(row));
          const sum = result.factors.reduce((total, factor) => total + factor.contribution, 0);
          expect(Math.abs(sum - result.score)).toBeLessThanOrEqual(0.005 * (result.factors.length + 1));
        },
      ),
    );
  });

  it('equal inputs give equal outputs', () => {
    fc.assert(
      fc.property(scorecardArbitrary, values, ({ scorecard }, row) => {
        const input = { ...inputOf(row), f0: row[0] ?? 1 };
        const run = () => {
          try {
            return scoreApplicant(scorecard, structuredClone(input));
          } catch (error) {
            return (error as { code: string }).code;
          }
        };
        expect(run()).toEqual(run());
      }),
    );
  });

  it('caps only ever lower a grade: the grade after the rules is never better than before', () => {
    const rules: GradeRule[] = defaultGradeScale.grades.map((grade, index) => ({
      id: `r${index}`,
      kind: index % 2 === 0 ? 'cap' : 'knockOut',
      when: { field: `r${index}`, equals: true },
      grade: grade.id,
      label,
    }));
    const scorecard = card(
      [
        { ...outlook, weight: 1 },
        { ...liquidity, weight: 1 },
      ],
      { rules },
    );
    fc.assert(
      fc.property(
        fc.constantFrom('good', 'poor'),
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (level, ratio, fired) => {
          const flags = Object.fromEntries(fired.map((on, index) => [`r${index}`, on]));
          const result = scoreApplicant(scorecard, { outlook: level, ratios: { current: ratio }, ...flags });
          expect(
            compareGrades(defaultGradeScale, result.grade.id, result.gradeBeforeRules.id),
          ).toBeLessThanOrEqual(0);
          for (const rule of result.rulesApplied) {
            expect(compareGrades(defaultGradeScale, result.grade.id, rule.grade)).toBeLessThanOrEqual(0);
          }
          expect(result.rulesApplied.length).toBe(fired.filter(Boolean).length);
        },
      ),
    );
  });
});
