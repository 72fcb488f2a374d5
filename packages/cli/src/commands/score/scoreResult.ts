import type { IsoDate } from '@receivables/core';
import { paymentModeLabels, type ScoreResult } from '@receivables/credit-scoring';
import { analysisTexts } from '../../analysis/analysisTexts.ts';
import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';

/** How the `score` table is sorted. @internal */
export type ScoreSort = 'score' | 'score-desc' | 'id' | 'name' | 'grade';

/** The sort keys `--sort` accepts. @internal */
export const scoreSorts: readonly ScoreSort[] = ['score', 'score-desc', 'id', 'name', 'grade'];

/**
 * The `score` command's result for every customer: one row each (id, name, profile, score, grade,
 * payment mode, top 3 reasons, basis), sorted; JSON with the scores, grades, reasons and rules.
 *
 * @internal
 */
export function scoreResult(
  assessments: readonly CustomerAssessment[],
  context: {
    readonly asOf: IsoDate;
    readonly locale: CliLocale;
    readonly scorecardId: string;
    readonly sort: ScoreSort;
  },
): CommandResult {
  const { locale } = context;
  const texts = analysisTexts[locale];
  const sorted = sortAssessments(assessments, context.sort);
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  const table: OutputTable = {
    id: 'scores',
    title: texts.titles.scores,
    columns: [
      column('customer'),
      column('name'),
      column('profile'),
      column('score', 'right'),
      column('grade'),
      column('paymentMode'),
      column('reasons'),
      column('basis'),
    ],
    rows: sorted.map((assessment) => {
      const result = assessment.score.status === 'unscored' ? null : assessment.score.result;
      return {
        customer: assessment.customerId,
        name: assessment.name,
        profile: assessment.hasProfile ? texts.words.yes : texts.words.no,
        score: result === null ? texts.words.none : String(result.score),
        grade: result === null ? texts.words.none : gradeCell(result),
        paymentMode: result === null ? texts.words.none : paymentModeLabels[result.grade.paymentMode][locale],
        reasons:
          result === null
            ? ''
            : result.reasons
                .slice(0, 3)
                .map((reason) => `${reason.code}: ${reason.label[locale]}`)
                .join('\n'),
        basis: basisCell(assessment, locale),
      };
    }),
    notes: scoreNotes(assessments, context.scorecardId, locale),
  };
  return {
    tables: [table],
    json: {
      asOf: context.asOf,
      scorecard: context.scorecardId,
      customers: sorted.map((assessment) => scoreJson(assessment, locale)),
    },
  };
}

/** The grade, with the grade the score alone earned when a rule changed it: `A → C`. @internal */
export function gradeCell(result: ScoreResult): string {
  return result.grade.id === result.gradeBeforeRules.id
    ? result.grade.id
    : `${result.gradeBeforeRules.id} → ${result.grade.id}`;
}

/** Whether the score used every factor, left some out, or could not be given. @internal */
export function basisCell(assessment: CustomerAssessment, locale: CliLocale): string {
  const texts = analysisTexts[locale];
  const score = assessment.score;
  if (score.status === 'complete') return texts.words.complete;
  if (score.status === 'partial') return `${texts.words.partial} ${score.leftOut.join(', ')}`;
  return `${texts.words.unscored}: ${score.message}`;
}

/** The notes under a scores table: the scorecard, and how many customers were scored on the ledger alone. @internal */
export function scoreNotes(
  assessments: readonly CustomerAssessment[],
  scorecardId: string,
  locale: CliLocale,
): string[] {
  const texts = analysisTexts[locale];
  const partial = assessments.filter((assessment) => assessment.score.status === 'partial').length;
  const unscored = assessments.filter((assessment) => assessment.score.status === 'unscored').length;
  return [
    texts.notes.scorecard(scorecardId),
    ...(partial === 0 ? [] : [texts.notes.partial(partial, assessments.length)]),
    ...(unscored === 0 ? [] : [texts.notes.unscored(unscored)]),
  ];
}

/** One customer's score as JSON. @internal */
export function scoreJson(assessment: CustomerAssessment, locale: CliLocale): Record<string, unknown> {
  const score = assessment.score;
  const base = {
    customerId: assessment.customerId,
    name: assessment.name,
    hasProfile: assessment.hasProfile,
    status: score.status,
  };
  if (score.status === 'unscored') {
    return { ...base, score: null, grade: null, code: score.code, message: score.message };
  }
  const result = score.result;
  return {
    ...base,
    leftOut: score.leftOut,
    score: result.score,
    grade: result.grade.id,
    gradeBeforeRules: result.gradeBeforeRules.id,
    paymentMode: result.grade.paymentMode,
    reasons: result.reasons.map((reason) => ({
      code: reason.code,
      factorId: reason.factorId,
      impact: reason.impact,
      label: reason.label[locale],
    })),
    rulesApplied: result.rulesApplied.map((rule) => ({
      id: rule.id,
      kind: rule.kind,
      grade: rule.grade,
      label: rule.label[locale],
    })),
  };
}

function sortAssessments(assessments: readonly CustomerAssessment[], sort: ScoreSort): CustomerAssessment[] {
  const scoreOf = (assessment: CustomerAssessment): number | null =>
    assessment.score.status === 'unscored' ? null : assessment.score.result.score;
  const byId = (a: CustomerAssessment, b: CustomerAssessment): number =>
    a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0;
  const byScore =
    (direction: 1 | -1) =>
    (a: CustomerAssessment, b: CustomerAssessment): number => {
      const left = scoreOf(a);
      const right = scoreOf(b);
      // Customers without a score come last either way.
      if (left === null || right === null) return left === right ? 0 : left === null ? 1 : -1;
      return (left - right) * direction;
    };
  const compare: Record<ScoreSort, (a: CustomerAssessment, b: CustomerAssessment) => number> = {
    score: byScore(1),
    'score-desc': byScore(-1),
    id: () => 0,
    name: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    grade: (a, b) => {
      const left = a.grade?.minScore ?? Number.NEGATIVE_INFINITY;
      const right = b.grade?.minScore ?? Number.NEGATIVE_INFINITY;
      return left === right ? 0 : right > left ? 1 : -1;
    },
  };
  return [...assessments].sort((a, b) => compare[sort](a, b) || byId(a, b));
}
