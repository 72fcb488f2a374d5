import { decimal, type IsoDate } from '@receivables/core';
import { paymentModeLabels } from '@receivables/credit-scoring';
import { analysisTexts } from '../../analysis/analysisTexts.ts';
import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import { describeFacts } from '../../analysis/describeFacts.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import { basisCell, gradeCell, scoreJson, scoreNotes } from './scoreResult.ts';

/**
 * The `score --customer <id>` result: the score and grade, each factor's value, points, weight and
 * contribution, the reasons, the rules applied, and every fact with its source.
 *
 * @internal
 */
export function scoreExplanation(
  assessment: CustomerAssessment,
  context: { readonly asOf: IsoDate; readonly locale: CliLocale; readonly scorecardId: string },
): CommandResult {
  const { locale } = context;
  const texts = analysisTexts[locale];
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  const result = assessment.score.status === 'unscored' ? null : assessment.score.result;
  const summary: OutputTable = {
    id: 'score',
    title: `${texts.titles.scoreSummary}: ${assessment.customerId} ${assessment.name}`,
    columns: [column('fact'), column('value')],
    rows: [
      { fact: texts.columns.score!, value: result === null ? texts.words.none : String(result.score) },
      { fact: texts.columns.gradeBeforeRules!, value: result?.gradeBeforeRules.id ?? texts.words.none },
      { fact: texts.columns.grade!, value: result === null ? texts.words.none : gradeCell(result) },
      {
        fact: texts.columns.paymentMode!,
        value: result === null ? texts.words.none : paymentModeLabels[result.grade.paymentMode][locale],
      },
      { fact: texts.columns.profile!, value: assessment.hasProfile ? texts.words.yes : texts.words.no },
      { fact: texts.columns.basis!, value: basisCell(assessment, locale) },
    ],
    notes: scoreNotes([assessment], context.scorecardId, locale),
  };
  const factors: OutputTable = {
    id: 'factors',
    title: texts.titles.factors,
    columns: [
      column('factor'),
      column('value'),
      column('points', 'right'),
      column('weight', 'right'),
      column('contribution', 'right'),
      column('note'),
    ],
    rows: (result?.factors ?? []).map((factor) => ({
      factor: factor.label[locale],
      value: valueCell(factor.value, texts.words.none),
      points: factor.points === null ? texts.words.leftOut : String(factor.points),
      weight: String(factor.weight),
      contribution: String(factor.contribution),
      note: [
        ...(factor.missing ? [texts.words.missing] : []),
        ...(factor.cappedAt === null ? [] : [`${texts.words.cappedAt} ${factor.cappedAt}`]),
      ].join('; '),
    })),
  };
  const reasons: OutputTable = {
    id: 'reasons',
    title: texts.titles.reasons,
    columns: [column('code'), column('label'), column('impact', 'right')],
    rows: (result?.reasons ?? []).map((reason) => ({
      code: reason.code,
      label: reason.label[locale],
      impact: String(reason.impact),
    })),
  };
  const rules: OutputTable = {
    id: 'rules',
    title: texts.titles.rules,
    columns: [column('rule'), column('kind'), column('grade'), column('label')],
    rows: (result?.rulesApplied ?? []).map((rule) => ({
      rule: rule.id,
      kind: rule.kind,
      grade: rule.grade,
      label: rule.label[locale],
    })),
  };
  const described = describeFacts(assessment, locale);
  const facts: OutputTable = {
    id: 'facts',
    title: texts.titles.facts,
    columns: [column('fact'), column('value', 'right'), column('source')],
    rows: described.map((fact) => ({ fact: fact.label, value: fact.cell, source: fact.sourceLabel })),
  };
  return {
    tables: [summary, factors, reasons, rules, facts],
    json: {
      asOf: context.asOf,
      scorecard: context.scorecardId,
      customer: {
        ...scoreJson(assessment, locale),
        currency: assessment.currency,
        factors: (result?.factors ?? []).map((factor) => ({
          id: factor.id,
          label: factor.label[locale],
          value: factor.value ?? null,
          points: factor.points,
          weight: factor.weight,
          contribution: factor.contribution,
          missing: factor.missing,
          cappedAt: factor.cappedAt,
        })),
        facts: Object.fromEntries(
          described.map((fact) => [fact.name, { value: fact.json, source: fact.source }]),
        ),
      },
    },
  };
}

/** A factor's input as a cell: a number, a category, or a linear factor's terms `name=value`. */
function valueCell(value: unknown, none: string): string {
  if (value === null || value === undefined) return none;
  if (typeof value === 'number')
    return Number.isInteger(value) ? String(value) : decimal(value).toDecimalPlaces(4).toString();
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([name, term]) => `${name}=${valueCell(term, none)}`)
      .join(', ');
  }
  return String(value);
}
