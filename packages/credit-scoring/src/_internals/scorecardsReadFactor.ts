import { describeValue, formatPath, ReceivablesError, type ValidationIssue } from '@receivables/core';
import type { StandardSchemaResult } from '../scorecards/StandardSchema.ts';
import { rulesFieldReader } from './rulesReadField.ts';
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
export type ScorecardsFactorReader = (input: object, extras: ScorecardsReadExtras) => number;

/** A compiled factor before its reader is attached. @internal */
export type ScorecardsFactorData = Omit<ScorecardsCompiledFactor, 'read'>;

/**
 * Makes the reader of a compiled factor, once, at `createScorecard` time: the field readers, bounds and
 * points are bound into a closure for the factor's kind, so that scoring does no dispatch and no lookups.
 *
 * @internal
 */
export function scorecardsFactorReader(factor: ScorecardsFactorData): ScorecardsFactorReader {
  switch (factor.kind) {
    case 'bands':
      return bandsReader(factor);
    case 'categories':
      return categoriesReader(factor);
    case 'linear':
      return linearReader(factor);
    default:
      return customReader(factor);
  }
}

function bandsReader(factor: ScorecardsFactorData): ScorecardsFactorReader {
  const read = rulesFieldReader(factor.segments!);
  const { id, field, min, max, bounds, inclusive, bandPoints } = factor;
  const last = bounds.length - 1;
  return (input, extras) => {
    extras.imputed = false;
    const raw = read(input);
    if (raw === undefined) {
      extras.value = null;
      return Number.NaN;
    }
    extras.value = raw;
    const value = checkNumber(raw, id, field, min, max);
    let index = last;
    while (index > 0 && !(value > bounds[index]! || (inclusive[index]! && value === bounds[index]!)))
      index -= 1;
    return bandPoints[index]!;
  };
}

/** Up to this many categories a scan with `===` (which agrees with the map's SameValueZero on scalars) beats a map lookup. */
const SCAN_CATEGORIES = 16;

function categoriesReader(factor: ScorecardsFactorData): ScorecardsFactorReader {
  const read = rulesFieldReader(factor.segments!);
  const { categories, otherwise } = factor;
  const values = [...categories.keys()];
  const points = [...categories.values()];
  const scan = values.length <= SCAN_CATEGORIES;
  const find = (value: unknown): number | undefined => {
    if (!scan) return categories.get(value);
    for (let index = 0; index < values.length; index += 1) if (values[index] === value) return points[index];
    return undefined;
  };
  return (input, extras) => {
    extras.imputed = false;
    const value = read(input);
    if (value === undefined) {
      extras.value = null;
      return Number.NaN;
    }
    extras.value = value;
    const scalar = typeof value === 'string' || typeof value === 'boolean' || Number.isFinite(value);
    const found = scalar ? (find(value) ?? otherwise) : undefined;
    if (found !== undefined) return found;
    return throwNotACategory(factor, value, scalar);
  };
}

function throwNotACategory(factor: ScorecardsFactorData, value: unknown, scalar: boolean): never {
  const listed = [...factor.categories.keys()].map((category) => JSON.stringify(category)).join(', ');
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `scoreApplicant: factor ${JSON.stringify(factor.id)} reads ${factor.field} = ${describeValue(value)}: ${scalar ? 'not one of its categories' : 'not a category value'} (${listed})`,
    { path: factor.segments!, details: { value, factorId: factor.id, field: factor.field } },
  );
}

function linearReader(factor: ScorecardsFactorData): ScorecardsFactorReader {
  const { id, intercept, minPoints, maxPoints } = factor;
  const terms = factor.terms.map((term) => ({ ...term, read: rulesFieldReader(term.segments) }));
  const count = terms.length;
  return (input, extras) => {
    const shown: Record<string, number | null> = {};
    let sum = intercept;
    let missing = false;
    let imputed = false;
    for (let index = 0; index < count; index += 1) {
      const term = terms[index]!;
      const raw = term.read(input);
      if (raw === undefined) {
        shown[term.field] = null;
        if (term.ifMissing === undefined) missing = true;
        else {
          imputed = true;
          sum += term.coefficient * term.ifMissing;
        }
        continue;
      }
      const value = checkNumber(raw, id, term.field, term.min, term.max);
      shown[term.field] = value;
      sum += term.coefficient * value;
    }
    extras.value = shown;
    extras.imputed = imputed;
    return missing ? Number.NaN : Math.min(maxPoints, Math.max(minPoints, sum));
  };
}

function customReader(factor: ScorecardsFactorData): ScorecardsFactorReader {
  const custom = factor.custom!;
  const name = JSON.stringify(factor.id);
  const segments = factor.segments;
  const read = segments === undefined ? (input: object): unknown => input : rulesFieldReader(segments);
  return (input, extras) => {
    extras.imputed = false;
    const value = read(input);
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
      const issues = parsed.issues.map((issue) => issueOf(issue, segments ?? []));
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
  };
}

function checkNumber(value: unknown, factorId: string, field: string, min: number, max: number): number {
  if (typeof value === 'number' && value >= min && value <= max && Number.isFinite(value)) return value;
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
