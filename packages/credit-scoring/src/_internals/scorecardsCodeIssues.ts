import type { CustomCondition } from '../rules/CustomCondition.ts';
import type { CustomFactor } from '../scorecards/CustomFactor.ts';
import {
  type ScorecardsReport,
  scorecardsArray,
  scorecardsNumber,
  scorecardsRecord,
} from './scorecardsRaw.ts';

type Path = readonly (string | number)[];

/**
 * The checks that need the code passed next to a definition: every custom factor the definition names is
 * passed (and every one passed is named), each is well formed with a sane points range, and every custom
 * condition named in rules and caps is passed. Runs on raw input like the schema's own checks.
 *
 * @internal
 */
export function scorecardsCodeIssues(
  definition: unknown,
  customFactors: readonly CustomFactor[],
  customConditions: Readonly<Record<string, CustomCondition>>,
  report: ScorecardsReport,
): void {
  const raw = scorecardsRecord(definition);
  const percent = scorecardsRecord(raw.scale).kind !== 'points';
  const named = new Set<unknown>();
  scorecardsArray(raw.factors).forEach((factor, index) => {
    const { kind, id, caps } = scorecardsRecord(factor);
    scorecardsArray(caps).forEach((cap, capIndex) => {
      reportConditions(
        scorecardsRecord(cap).when,
        ['factors', index, 'caps', capIndex, 'when'],
        customConditions,
        report,
      );
    });
    if (kind !== 'custom' || typeof id !== 'string') return;
    named.add(id);
    if (!customFactors.some((custom) => custom.id === id)) {
      const message = `custom factor ${JSON.stringify(id)} was not passed in customFactors`;
      report('unknown_custom_factor', message, id, ['factors', index, 'id']);
    }
  });
  scorecardsArray(raw.rules).forEach((rule, index) => {
    reportConditions(scorecardsRecord(rule).when, ['rules', index, 'when'], customConditions, report);
  });
  const seen = new Set<string>();
  customFactors.forEach((custom, index) => {
    const path = ['customFactors', index];
    if (seen.has(custom.id))
      report(
        'duplicate_factor',
        `custom factor ${JSON.stringify(custom.id)} is passed twice`,
        custom.id,
        path,
      );
    seen.add(custom.id);
    if (!named.has(custom.id)) {
      const message = `custom factor ${JSON.stringify(custom.id)} is not named by any { kind: "custom" } factor of the definition`;
      report('unused_custom_factor', message, custom.id, path);
    }
    reportCustomFactorShape(custom, path, percent, report);
  });
}

function reportCustomFactorShape(
  custom: CustomFactor,
  path: Path,
  percent: boolean,
  report: ScorecardsReport,
): void {
  const validate: unknown = custom.inputSchema?.['~standard']?.validate;
  if (custom.kind !== 'custom' || typeof custom.points !== 'function' || typeof validate !== 'function') {
    const message =
      'a custom factor needs kind "custom", an inputSchema (zod or another Standard Schema) and a points function';
    report('invalid_custom_factor', message, custom.id, path);
  }
  const min = custom.minPoints ?? 0;
  const max = custom.maxPoints ?? 100;
  if (scorecardsNumber(min) === undefined || scorecardsNumber(max) === undefined || min > max) {
    report('empty_range', `minPoints ${min} and maxPoints ${max} do not make a range`, custom.id, path);
  } else if (percent && (min < 0 || max > 100)) {
    report(
      'points_out_of_scale',
      `points ${min}–${max} reach outside 0–100, the range of a percent-scale factor`,
      custom.id,
      path,
    );
  }
}

function reportConditions(
  condition: unknown,
  path: Path,
  customConditions: Readonly<Record<string, CustomCondition>>,
  report: ScorecardsReport,
): void {
  const raw = scorecardsRecord(condition);
  if (
    typeof raw.custom === 'string' &&
    typeof (Object.hasOwn(customConditions, raw.custom) ? customConditions[raw.custom] : undefined) !==
      'function'
  ) {
    const message = `custom condition ${JSON.stringify(raw.custom)} was not passed in customConditions`;
    report('unknown_custom_condition', message, raw.custom, [...path, 'custom']);
  }
  for (const key of ['all', 'any'] as const) {
    scorecardsArray(raw[key]).forEach((part, index) => {
      reportConditions(part, [...path, key, index], customConditions, report);
    });
  }
  if (raw.not !== undefined) reportConditions(raw.not, [...path, 'not'], customConditions, report);
}
