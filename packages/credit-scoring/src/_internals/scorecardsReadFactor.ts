import { describeValue, formatPath, ReceivablesError, type ValidationIssue } from '@receivables/core';
import type { StandardSchemaResult } from '../scorecards/StandardSchema.ts';
import { rulesReadField } from './rulesReadField.ts';
import type { ScorecardsCompiledFactor } from './scorecardsCompiledFactor.ts';

/**
 * What {@link scorecardsReadFactor} read besides the points: the value to show and whether a linear term
 * was imputed. One record is reused by each call (the caller copies it at once), so reading allocates
 * nothing for most factors.
 *
 * @internal
 */
export interface ScorecardsReadExtras {
  value: unknown;
  imputed: boolean;
}

/**
 * Reads one factor of an applicant: its points (before missing-value policy and caps), or `NaN` when the
 * value is missing. Refuses values that are not finite numbers, lie outside the valid range or are not a
 * listed category.
 *
 * @internal
 */
export function scorecardsReadFactor(
  factor: ScorecardsCompiledFactor,
  input: object,
  extras: ScorecardsReadExtras,
): number {
  extras.imputed = false;
  switch (factor.kind) {
    case 'bands':
      return readBands(factor, input, extras);
    case 'categories':
      return readCategory(factor, input, extras);
    case 'linear':
      return readLinear(factor, input, extras);
    default:
      return readCustom(factor, input, extras);
  }
}

function readBands(factor: ScorecardsCompiledFactor, input: object, extras: ScorecardsReadExtras): number {
  const raw = rulesReadField(input, factor.segments!);
  extras.value = raw ?? null;
  if (raw === undefined) return Number.NaN;
  const value = checkNumber(raw, factor.id, factor.field, factor.min, factor.max);
  const { bounds, inclusive } = factor;
  let index = bounds.length - 1;
  while (index > 0 && !(value > bounds[index]! || (inclusive[index]! && value === bounds[index]!)))
    index -= 1;
  return factor.bandPoints[index]!;
}

function readCategory(factor: ScorecardsCompiledFactor, input: object, extras: ScorecardsReadExtras): number {
  const value = rulesReadField(input, factor.segments!);
  extras.value = value ?? null;
  if (value === undefined) return Number.NaN;
  const scalar = typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
  const found = scalar ? (factor.categories.get(value) ?? factor.otherwise) : undefined;
  if (found !== undefined) return found;
  const listed = [...factor.categories.keys()].map((category) => JSON.stringify(category)).join(', ');
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `scoreApplicant: factor ${JSON.stringify(factor.id)} reads ${factor.field} = ${describeValue(value)}: ${scalar ? 'not one of its categories' : 'not a category value'} (${listed})`,
    { path: factor.segments!, details: { value, factorId: factor.id, field: factor.field } },
  );
}

function readLinear(factor: ScorecardsCompiledFactor, input: object, extras: ScorecardsReadExtras): number {
  const shown: Record<string, number | null> = {};
  let sum = factor.intercept;
  let missing = false;
  for (const term of factor.terms) {
    const raw = rulesReadField(input, term.segments);
    if (raw === undefined) {
      shown[term.field] = null;
      if (term.ifMissing === undefined) missing = true;
      else {
        extras.imputed = true;
        sum += term.coefficient * term.ifMissing;
      }
      continue;
    }
    const value = checkNumber(raw, factor.id, term.field, term.min, term.max);
    shown[term.field] = value;
    sum += term.coefficient * value;
  }
  extras.value = shown;
  return missing ? Number.NaN : Math.min(factor.maxPoints, Math.max(factor.minPoints, sum));
}

function readCustom(factor: ScorecardsCompiledFactor, input: object, extras: ScorecardsReadExtras): number {
  const custom = factor.custom!;
  const name = JSON.stringify(factor.id);
  const value = factor.segments === undefined ? input : rulesReadField(input, factor.segments);
  if (value === undefined) {
    extras.value = null;
    return Number.NaN;
  }
  const parsed = custom.inputSchema['~standard'].validate(value);
  if (parsed instanceof Promise) {
    throw new ReceivablesError(
      'INVALID_SCORECARD',
      `scoreApplicant: custom factor ${name} has an asynchronous inputSchema; scoring is synchronous`,
      { details: { factorId: factor.id } },
    );
  }
  if (parsed.issues !== undefined) {
    const issues = parsed.issues.map((issue) => issueOf(issue, factor.segments ?? []));
    const first = issues[0];
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `scoreApplicant: custom factor ${name} refused its input: ${first?.pathText || '(input)'}: ${first?.message}`,
      { details: { factorId: factor.id, issues } },
    );
  }
  const points = custom.points(parsed.value);
  // Set after the call: custom code may itself score, reusing the extras record.
  extras.value = value;
  extras.imputed = false;
  if (points === null) return Number.NaN;
  if (
    typeof points !== 'number' ||
    !Number.isFinite(points) ||
    points < factor.minPoints ||
    points > factor.maxPoints
  ) {
    throw new ReceivablesError(
      'INVALID_SCORECARD',
      `scoreApplicant: custom factor ${name} returned ${describeValue(points)} points, outside its range ${factor.minPoints}–${factor.maxPoints}`,
      { details: { factorId: factor.id, value: points } },
    );
  }
  return points;
}

function checkNumber(value: unknown, factorId: string, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `scoreApplicant: factor ${JSON.stringify(factorId)} reads ${field} = ${describeValue(value)}: not a finite number`,
      { path: field.split('.'), details: { value, factorId, field } },
    );
  }
  if (value < min || value > max) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `scoreApplicant: factor ${JSON.stringify(factorId)} reads ${field} = ${value}: outside the valid range ${describeRange(min, max)}`,
      { path: field.split('.'), details: { value, factorId, field, min, max } },
    );
  }
  return value;
}

function describeRange(min: number, max: number): string {
  return `${min === Number.NEGATIVE_INFINITY ? '−∞' : min}–${max === Number.POSITIVE_INFINITY ? '+∞' : max}`;
}

type StandardIssue = Extract<StandardSchemaResult<unknown>, { issues: unknown }>['issues'][number];

function issueOf(issue: StandardIssue, basePath: readonly string[]): ValidationIssue {
  const path = [
    ...basePath,
    ...(issue.path ?? []).map((segment) => {
      const key = typeof segment === 'object' && segment !== null ? segment.key : segment;
      return typeof key === 'number' ? key : String(key);
    }),
  ];
  return { path, pathText: formatPath(path), code: 'invalid_input', message: issue.message };
}
