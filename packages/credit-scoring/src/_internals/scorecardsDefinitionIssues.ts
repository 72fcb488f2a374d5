import { decimal } from '@receivables/core';
import { defaultGradeScale } from '../grades/defaultGradeScale.ts';
import { scorecardsBandIssues } from './scorecardsBandIssues.ts';
import {
  type ScorecardsReport,
  scorecardsArray,
  scorecardsNumber,
  scorecardsRecord,
} from './scorecardsRaw.ts';

/**
 * The checks across fields of a scorecard definition that need no code: unique factor and rule ids,
 * weights adding up to the declared total and not all zero, bands in order, unique categories, point
 * ranges, points within 0–100 on the percent scale, rules naming grades of the scale, a grade scale on
 * the points scale. Runs on raw input, so that shape and cross-field problems are reported together.
 *
 * @internal
 */
export function scorecardsDefinitionIssues(definition: unknown, report: ScorecardsReport): void {
  const raw = scorecardsRecord(definition);
  const factors = scorecardsArray(raw.factors);
  const percent = scorecardsRecord(raw.scale).kind !== 'points';
  reportDuplicates(factors, ['factors'], 'duplicate_factor', 'factor id', report);
  reportWeights(raw, factors, report);
  factors.forEach((factor, index) => {
    const path = ['factors', index];
    const kind = scorecardsRecord(factor).kind;
    if (kind === 'bands') scorecardsBandIssues(factor, path, report);
    if (kind === 'categories') reportDuplicateCategories(factor, path, report);
    reportRanges(factor, path, report);
    if (percent) reportPointsOutOfScale(factor, path, report);
  });
  reportRules(raw, report);
  if (!percent && raw.gradeScale === undefined) {
    const message =
      'a points-scale scorecard needs its own gradeScale: the default grades are for scores of 0–100';
    report('grade_scale_required', message, undefined, ['gradeScale']);
  }
}

function reportDuplicates(
  entries: readonly unknown[],
  path: readonly (string | number)[],
  code: string,
  what: string,
  report: ScorecardsReport,
): void {
  const first = new Map<unknown, number>();
  entries.forEach((entry, index) => {
    const id = scorecardsRecord(entry).id;
    if (typeof id !== 'string') return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, index);
    else
      report(code, `${what} ${JSON.stringify(id)} is used twice (first at index ${seen})`, id, [
        ...path,
        index,
        'id',
      ]);
  });
}

function reportWeights(
  raw: Readonly<Record<string, unknown>>,
  factors: readonly unknown[],
  report: ScorecardsReport,
): void {
  const weights = factors.map((factor) => {
    const weight = scorecardsRecord(factor).weight;
    return weight === undefined ? 1 : scorecardsNumber(weight);
  });
  if (weights.some((weight) => weight === undefined || weight < 0)) return;
  // Exact decimal addition: 0.1 + 0.2 must match a declared 0.3.
  const sum = weights.reduce((total, weight) => total.plus(decimal(weight ?? 0)), decimal(0));
  if (factors.length > 0 && sum.isZero()) {
    report('no_weight', 'every factor weighs 0: at least one weight must be positive', 0, ['factors']);
  }
  const declared = scorecardsNumber(raw.totalWeight);
  if (declared !== undefined && !sum.equals(decimal(declared))) {
    const message = `the factors' weights add up to ${sum.toString()}, not the declared ${declared}`;
    report('weight_total_mismatch', message, declared, ['totalWeight']);
  }
}

function reportDuplicateCategories(
  factor: unknown,
  path: readonly (string | number)[],
  report: ScorecardsReport,
): void {
  const first = new Map<unknown, number>();
  scorecardsArray(scorecardsRecord(factor).categories).forEach((category, index) => {
    const { value } = scorecardsRecord(category);
    const seen = first.get(value);
    if (seen === undefined) first.set(value, index);
    else {
      const message = `category ${JSON.stringify(value)} is listed twice (first at categories[${seen}])`;
      report('duplicate_category', message, value, [...path, 'categories', index, 'value']);
    }
  });
}

function reportRanges(factor: unknown, path: readonly (string | number)[], report: ScorecardsReport): void {
  const raw = scorecardsRecord(factor);
  const ranges: [unknown, (string | number)[]][] = [[raw.validRange, [...path, 'validRange']]];
  scorecardsArray(raw.terms).forEach((term, index) => {
    ranges.push([scorecardsRecord(term).validRange, [...path, 'terms', index, 'validRange']]);
  });
  for (const [range, at] of ranges) {
    const { min, max } = scorecardsRecord(range);
    const low = scorecardsNumber(min);
    const high = scorecardsNumber(max);
    if (low !== undefined && high !== undefined && low > high) {
      report('empty_range', `min ${low} is above max ${high}`, range, at);
    }
  }
  const minPoints = scorecardsNumber(raw.minPoints);
  const maxPoints = scorecardsNumber(raw.maxPoints);
  if (minPoints !== undefined && maxPoints !== undefined && minPoints > maxPoints) {
    report('empty_range', `minPoints ${minPoints} is above maxPoints ${maxPoints}`, minPoints, [
      ...path,
      'minPoints',
    ]);
  }
}

function reportPointsOutOfScale(
  factor: unknown,
  path: readonly (string | number)[],
  report: ScorecardsReport,
): void {
  const raw = scorecardsRecord(factor);
  const points: [unknown, (string | number)[]][] = [
    [raw.otherwise, [...path, 'otherwise']],
    [raw.minPoints, [...path, 'minPoints']],
    [raw.maxPoints, [...path, 'maxPoints']],
    [scorecardsRecord(raw.missing).points, [...path, 'missing', 'points']],
  ];
  scorecardsArray(raw.bands).forEach((band, index) => {
    points.push([scorecardsRecord(band).points, [...path, 'bands', index, 'points']]);
  });
  scorecardsArray(raw.categories).forEach((category, index) => {
    points.push([scorecardsRecord(category).points, [...path, 'categories', index, 'points']]);
  });
  scorecardsArray(raw.caps).forEach((cap, index) => {
    points.push([scorecardsRecord(cap).atMost, [...path, 'caps', index, 'atMost']]);
  });
  for (const [value, at] of points) {
    const number = scorecardsNumber(value);
    if (number !== undefined && (number < 0 || number > 100)) {
      report(
        'points_out_of_scale',
        `${number} points is outside 0–100, the range of a percent-scale factor`,
        number,
        at,
      );
    }
  }
}

function reportRules(raw: Readonly<Record<string, unknown>>, report: ScorecardsReport): void {
  const rules = scorecardsArray(raw.rules);
  reportDuplicates(rules, ['rules'], 'duplicate_rule', 'rule id', report);
  const scale = raw.gradeScale === undefined ? defaultGradeScale : scorecardsRecord(raw.gradeScale);
  const gradeIds = scorecardsArray(scale.grades).map((grade) => scorecardsRecord(grade).id);
  rules.forEach((rule, index) => {
    const { grade } = scorecardsRecord(rule);
    if (typeof grade === 'string' && !gradeIds.includes(grade)) {
      const message = `grade ${JSON.stringify(grade)} is not in the grade scale (grades: ${gradeIds.join(', ')})`;
      report('unknown_grade', message, grade, ['rules', index, 'grade']);
    }
  });
}
