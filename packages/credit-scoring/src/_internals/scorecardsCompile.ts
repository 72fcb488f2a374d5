import { defaultGradeScale } from '../grades/defaultGradeScale.ts';
import type { CustomCondition } from '../rules/CustomCondition.ts';
import type { CustomFactor } from '../scorecards/CustomFactor.ts';
import type { FactorDefinition } from '../scorecards/FactorDefinition.ts';
import type { FactorReason } from '../scorecards/FactorReason.ts';
import type { ScorecardDefinition } from '../scorecards/ScorecardDefinition.ts';
import type { ValueRange } from '../scorecards/ValueRange.ts';
import { rulesCompileCondition } from './rulesCompileCondition.ts';
import { rulesCompileRules } from './rulesCompileRules.ts';
import { rulesFieldSegments } from './rulesReadField.ts';
import type { ScorecardsCompiled } from './scorecardsCompiled.ts';
import { scorecardsOddsConstants } from './scorecardsOddsConstants.ts';
import { type ScorecardsFactorData, scorecardsFactorReader } from './scorecardsReadFactor.ts';

const API = 'scoreApplicant';

type Customs = Readonly<Record<string, CustomCondition>>;

/**
 * Resolves a validated definition's defaults and lays its factors and rules out for scoring, so that
 * scoring an applicant does no lookups by name and no parsing.
 *
 * @internal
 */
export function scorecardsCompile(
  definition: ScorecardDefinition,
  customFactors: readonly CustomFactor[],
  customConditions: Customs,
): ScorecardsCompiled {
  const gradeScale = definition.gradeScale ?? defaultGradeScale;
  const scale = definition.scale ?? { kind: 'percent' as const };
  return {
    id: definition.id,
    scale: scale.kind,
    basePoints: scale.kind === 'points' ? (scale.basePoints ?? 0) : 0,
    odds: scale.kind === 'points' ? scorecardsOddsConstants(scale, 'createScorecard') : undefined,
    factors: definition.factors.map((factor) => {
      const data = compileFactor(factor, customFactors, customConditions);
      return { read: scorecardsFactorReader(data), ...data };
    }),
    rules: rulesCompileRules(definition.rules ?? [], gradeScale, { api: API, customConditions }),
    gradeScale,
    roundingScale: 10 ** (definition.scoreDecimals ?? 2),
    maxReasons: definition.maxReasons ?? 4,
  };
}

function compileFactor(
  factor: FactorDefinition,
  customFactors: readonly CustomFactor[],
  customConditions: Customs,
): ScorecardsFactorData {
  const name = JSON.stringify(factor.id);
  const { missing = 'reject' } = factor;
  const common = {
    id: factor.id,
    label: Object.freeze({ en: factor.label.en, 'zh-CN': factor.label['zh-CN'] }),
    weight: factor.weight ?? 1,
    missing: typeof missing === 'string' ? missing : missing.points,
    reason: Object.freeze(factor.reason ?? defaultReason(factor)),
    caps: (factor.caps ?? []).map((cap, index) => ({
      atMost: cap.atMost,
      when: rulesCompileCondition(cap.when, {
        api: API,
        owner: `cap ${index} of factor ${name}`,
        customConditions,
      }),
    })),
  };
  // Every kind gets every key, in the same order, so that all compiled factors share one shape.
  const blank = {
    kind: factor.kind,
    bestPoints: 0,
    field: '',
    segments: undefined,
    min: Number.NEGATIVE_INFINITY,
    max: Number.POSITIVE_INFINITY,
    bounds: [],
    inclusive: [],
    bandPoints: [],
    categories: new Map<unknown, number>(),
    otherwise: undefined,
    terms: [],
    intercept: 0,
    minPoints: 0,
    maxPoints: 100,
    custom: undefined,
  };
  switch (factor.kind) {
    case 'bands':
      return {
        ...common,
        ...blank,
        ...range(factor.validRange),
        kind: 'bands',
        field: factor.field,
        segments: rulesFieldSegments(factor.field),
        bestPoints: Math.max(...factor.bands.map((band) => band.points)),
        bounds: factor.bands.map((band) => band.atLeast ?? band.above ?? Number.NEGATIVE_INFINITY),
        inclusive: factor.bands.map((band) => band.above === undefined),
        bandPoints: factor.bands.map((band) => band.points),
      };
    case 'categories': {
      const points = factor.categories.map((category) => category.points);
      return {
        ...common,
        ...blank,
        kind: 'categories',
        field: factor.field,
        segments: rulesFieldSegments(factor.field),
        bestPoints: Math.max(...points, factor.otherwise ?? Number.NEGATIVE_INFINITY),
        categories: new Map(factor.categories.map((category) => [category.value, category.points])),
        otherwise: factor.otherwise,
      };
    }
    case 'linear':
      return {
        ...common,
        ...blank,
        kind: 'linear',
        bestPoints: factor.maxPoints,
        terms: factor.terms.map((term) => ({
          field: term.field,
          segments: rulesFieldSegments(term.field),
          coefficient: term.coefficient,
          ifMissing: term.ifMissing,
          ...range(term.validRange),
        })),
        intercept: factor.intercept ?? 0,
        minPoints: factor.minPoints,
        maxPoints: factor.maxPoints,
      };
    case 'custom': {
      // createScorecard has checked that the implementation was passed.
      const custom = customFactors.find((candidate) => candidate.id === factor.id)!;
      return {
        ...common,
        ...blank,
        kind: 'custom',
        field: factor.field ?? '',
        segments: factor.field === undefined ? undefined : rulesFieldSegments(factor.field),
        bestPoints: custom.maxPoints ?? 100,
        minPoints: custom.minPoints ?? 0,
        maxPoints: custom.maxPoints ?? 100,
        // A snapshot: changing the caller's object later cannot change this scorecard.
        custom: Object.freeze({ ...custom }),
      };
    }
  }
}

function range(validRange: ValueRange | undefined): { min: number; max: number } {
  return {
    min: validRange?.min ?? Number.NEGATIVE_INFINITY,
    max: validRange?.max ?? Number.POSITIVE_INFINITY,
  };
}

function defaultReason(factor: FactorDefinition): FactorReason {
  return {
    code: factor.id,
    label: Object.freeze({
      en: `${factor.label.en}: scored below the best`,
      'zh-CN': `${factor.label['zh-CN']}：未得满分`,
    }),
  };
}
