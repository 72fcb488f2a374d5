import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyGradeRules,
  type Condition,
  compareGrades,
  defaultGradeRules,
  defaultGradeScale,
  fourLevelGradeScale,
  type GradeRule,
} from '../../index.ts';

const label = { en: 'L', 'zh-CN': '标' };
const code = (value: string) => expect.objectContaining({ code: value });
const rule = (when: Condition, grade = 'D', kind: GradeRule['kind'] = 'knockOut'): GradeRule => ({
  id: 'r',
  kind,
  when,
  grade,
  label,
});
const holds = (when: Condition, input: object): boolean =>
  applyGradeRules(defaultGradeScale, 'AAA', [rule(when)], input).rulesApplied.length === 1;

describe('conditions', () => {
  it.each<[Condition, object, boolean]>([
    [{ field: 'a', equals: 'x' }, { a: 'x' }, true],
    [{ field: 'a', equals: 'x' }, { a: 'y' }, false],
    [{ field: 'a', notEquals: 'x' }, { a: 'y' }, true],
    [{ field: 'a', notEquals: 'x' }, {}, false],
    [{ field: 'a', in: ['x', 'y'] }, { a: 'y' }, true],
    [{ field: 'a', in: [1, 2] }, { a: 3 }, false],
    [{ field: 'n', greaterThan: 90 }, { n: 90 }, false],
    [{ field: 'n', greaterThan: 90 }, { n: 91 }, true],
    [{ field: 'n', atLeast: 90 }, { n: 90 }, true],
    [{ field: 'n', lessThan: 2 }, { n: 1.99 }, true],
    [{ field: 'n', atMost: 2 }, { n: 2 }, true],
    [{ field: 'n', greaterThan: 0 }, {}, false],
    [{ field: 'n', greaterThan: 0 }, { n: null }, false],
    [{ field: 'n', isMissing: true }, { n: null }, true],
    [{ field: 'n', isMissing: false }, { n: 0 }, true],
    [{ field: 'deep.er.est', equals: true }, { deep: { er: { est: true } } }, true],
    [{ field: 'deep.er.est', equals: true }, { deep: 'flat' }, false],
    [
      {
        all: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 1, b: 2 },
      true,
    ],
    [
      {
        all: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 1, b: 3 },
      false,
    ],
    [
      {
        any: [
          { field: 'a', equals: 1 },
          { field: 'b', equals: 2 },
        ],
      },
      { a: 0, b: 2 },
      true,
    ],
    [{ not: { field: 'a', equals: 1 } }, { a: 2 }, true],
    [{ not: { field: 'a', greaterThan: 1 } }, {}, true],
  ])('%j on %j is %s', (when, input, expected) => {
    expect(holds(when, input)).toBe(expected);
  });

  it('reads own properties only', () => {
    expect(holds({ field: 'constructor', isMissing: true }, {})).toBe(true);
    expect(holds({ field: 'toString', isMissing: true }, {})).toBe(true);
    expect(holds({ field: 'a.length', greaterThan: 0 }, { a: 'text' })).toBe(false);
  });

  it.each<[Condition, object]>([
    [{ field: 'flag', equals: true }, { flag: 'true' }],
    [{ field: 'n', greaterThan: 1 }, { n: '5' }],
    [{ field: 'n', greaterThan: 1 }, { n: Number.NaN }],
    [{ field: 'n', atMost: 1 }, { n: Number.NEGATIVE_INFINITY }],
    [{ field: 'n', in: [1, 2] }, { n: Number.POSITIVE_INFINITY }],
  ])('refuses %j on %j: a value of the wrong type never silently fails to match', (when, input) => {
    expect(() => holds(when, input)).toThrow(code('INVALID_ARGUMENT'));
  });

  it('runs custom conditions passed in code', () => {
    const result = applyGradeRules(
      defaultGradeScale,
      'A',
      [rule({ custom: 'isShell' })],
      { employees: 0 },
      {
        customConditions: { isShell: (input) => input.employees === 0 },
      },
    );
    expect(result.grade.id).toBe('D');
  });
});

describe('defaultGradeRules (spec §1.2 overrides)', () => {
  const apply = (gradeId: string, input: object) =>
    applyGradeRules(defaultGradeScale, gradeId, defaultGradeRules, input);

  it.each(['courtDefaulter', 'abnormalOperation', 'licenceRevoked', 'deregistered'])(
    'knocks %s out to D',
    (flag) => {
      const result = apply('AAA', { flags: { [flag]: true } });
      expect(result.grade.id).toBe('D');
      expect(result.rulesApplied.map((applied) => [applied.id, applied.kind])).toEqual([[flag, 'knockOut']]);
    },
  );

  it('caps a critical danger signal at C', () => {
    expect(apply('AA', { criticalSignals: 1 }).grade.id).toBe('C');
    expect(apply('AA', { criticalSignals: 0 }).grade.id).toBe('AA');
  });

  it('caps an invoice more than 90 days past due at C, not one at 90', () => {
    expect(apply('AAA', { maxDaysPastDue: 91 }).grade.id).toBe('C');
    expect(apply('AAA', { maxDaysPastDue: 90 }).grade.id).toBe('AAA');
  });

  it('leaves a D a D and a clean customer untouched', () => {
    expect(apply('D', { criticalSignals: 3 }).grade.id).toBe('D');
    expect(apply('B', { flags: { courtDefaulter: false } })).toEqual({
      grade: defaultGradeScale.grades[3],
      rulesApplied: [],
    });
  });

  it('works with the four-level scale too', () => {
    expect(
      applyGradeRules(fourLevelGradeScale, 'A', defaultGradeRules, { maxDaysPastDue: 120 }).grade.id,
    ).toBe('C');
  });

  it('labels every rule in both locales', () => {
    for (const entry of defaultGradeRules) expect(entry.label['zh-CN'].length).toBeGreaterThan(0);
    expect(defaultGradeRules[0]?.label['zh-CN']).toBe('列入失信被执行人名单');
  });
});

describe('applyGradeRules: bad rules raise INVALID_SCORECARD with every issue', () => {
  it('lists unknown grades, bad conditions and missing custom conditions together', () => {
    const rules = [rule({ field: 'a', equals: 1 }, 'E'), rule({ field: 'a' }), rule({ custom: 'nope' })];
    try {
      applyGradeRules(defaultGradeScale, 'A', rules, {});
      expect.unreachable();
    } catch (error) {
      expect(error).toEqual(code('INVALID_SCORECARD'));
      const issues = (error as { details: { issues: { pathText: string; code: string }[] } }).details.issues;
      expect(issues.map((issue) => `${issue.pathText} ${issue.code}`)).toEqual([
        'rules[1].when condition_operator',
        'rules[2].when.custom unknown_custom_condition',
        'rules[0].grade unknown_grade',
      ]);
    }
  });

  it('refuses rules that are not a list, from untyped callers', () => {
    expect(() => applyGradeRules(defaultGradeScale, 'A', { id: 'r' } as never, {})).toThrow(
      code('INVALID_SCORECARD'),
    );
  });

  it('refuses an unknown starting grade', () => {
    expect(() => applyGradeRules(defaultGradeScale, 'Z', [], {})).toThrow(code('INVALID_ARGUMENT'));
  });
});

const gradeIds = defaultGradeScale.grades.map((grade) => grade.id);
const ruleArbitrary = fc.record({
  kind: fc.constantFrom<GradeRule['kind']>('knockOut', 'cap'),
  grade: fc.constantFrom(...gradeIds),
  threshold: fc.integer({ min: 0, max: 120 }),
});

describe('properties', () => {
  it('caps only ever lower a grade: the result is never better than the start or any rule that held', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...gradeIds),
        fc.array(ruleArbitrary, { maxLength: 6 }),
        fc.integer({ min: 0, max: 150 }),
        (start, drafts, days) => {
          const rules = drafts.map((draft, index) => ({
            ...rule({ field: 'days', greaterThan: draft.threshold }, draft.grade, draft.kind),
            id: `r${index}`,
          }));
          const result = applyGradeRules(defaultGradeScale, start, rules, { days });
          expect(compareGrades(defaultGradeScale, result.grade.id, start)).toBeLessThanOrEqual(0);
          for (const applied of result.rulesApplied)
            expect(compareGrades(defaultGradeScale, result.grade.id, applied.grade)).toBeLessThanOrEqual(0);
          expect(result.rulesApplied.length).toBe(drafts.filter((draft) => days > draft.threshold).length);
        },
      ),
    );
  });

  it('adding a rule never raises the grade', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...gradeIds),
        fc.array(ruleArbitrary, { maxLength: 5 }),
        ruleArbitrary,
        fc.integer({ min: 0, max: 150 }),
        (start, drafts, extra, days) => {
          const toRule = (draft: typeof extra, index: number) => ({
            ...rule({ field: 'days', greaterThan: draft.threshold }, draft.grade, draft.kind),
            id: `r${index}`,
          });
          const fewer = applyGradeRules(defaultGradeScale, start, drafts.map(toRule), { days });
          const more = applyGradeRules(defaultGradeScale, start, [...drafts, extra].map(toRule), { days });
          expect(compareGrades(defaultGradeScale, more.grade.id, fewer.grade.id)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
