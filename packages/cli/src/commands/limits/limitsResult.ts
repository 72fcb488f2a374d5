import type { IsoDate } from '@receivables/core';
import type { CreditLimitMethod } from '@receivables/credit-scoring';
import type { Decimal } from 'decimal.js';
import { type AnalysisTexts, analysisTexts } from '../../analysis/analysisTexts.ts';
import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import { formatAmountCell } from '../../analysis/formatAmountCell.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import { limitsJson } from './limitsJson.ts';

const METHODS: readonly CreditLimitMethod[] = ['salesForecast', 'netAssets', 'payingCapacity'];

/**
 * The `limits` command's result: one row per customer with its grade, credit days, the limit by each
 * method, the combined limit, exposure, headroom, overdue amount, risk tier and measures.
 *
 * @internal
 */
export function limitsResult(
  assessments: readonly CustomerAssessment[],
  context: { readonly asOf: IsoDate; readonly locale: CliLocale },
): CommandResult {
  const { locale } = context;
  const texts = analysisTexts[locale];
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  let rounded = false;
  const cell = (amount: Decimal, currency: string): string => {
    const text = formatAmountCell(amount, currency);
    if (text.startsWith('≈')) rounded = true;
    return text;
  };
  const rows = byGrade(assessments).map((assessment) => {
    const { currency, limit } = assessment;
    const methods: Record<string, string> = {};
    for (const method of METHODS) methods[method] = texts.words.none;
    let combined = texts.words.none;
    let limitCell = statusCell(assessment, texts);
    if (limit.status === 'computed') {
      for (const figure of limit.result.methods) {
        if (figure.status === 'applied') methods[figure.method] = cell(figure.amount, currency);
      }
      combined = cell(limit.result.combined, currency);
      limitCell = cell(limit.result.limit.amount, currency);
    }
    return {
      customer: assessment.customerId,
      name: assessment.name,
      currency,
      grade: assessment.grade?.id ?? texts.words.none,
      creditDays: assessment.grade === null ? texts.words.none : String(assessment.grade.maxCreditDays),
      ...methods,
      combined,
      limit: limitCell,
      exposure: cell(assessment.exposure, currency),
      available: assessment.available === null ? texts.words.none : cell(assessment.available, currency),
      overdue: cell(assessment.facts.overdue, currency),
      tier: `${assessment.riskTier.tier} ${assessment.riskTier.label[locale]}`,
    };
  });
  const withoutProfile = assessments.filter((assessment) => !assessment.hasProfile).length;
  const table: OutputTable = {
    id: 'limits',
    title: texts.titles.limits,
    columns: [
      column('customer'),
      column('name'),
      column('currency'),
      column('grade'),
      column('creditDays', 'right'),
      column('salesForecast', 'right'),
      column('netAssets', 'right'),
      column('payingCapacity', 'right'),
      column('combined', 'right'),
      column('limit', 'right'),
      column('exposure', 'right'),
      column('available', 'right'),
      column('overdue', 'right'),
      column('tier'),
    ],
    rows,
    notes: [
      ...tierMeasureNotes(assessments, locale),
      ...(withoutProfile === 0 ? [] : [texts.notes.noLimit(withoutProfile)]),
      ...unconvertedNotes(assessments, texts),
      ...(rounded ? [texts.notes.rounded] : []),
    ],
  };
  return {
    tables: [table],
    json: { asOf: context.asOf, customers: assessments.map((assessment) => limitsJson(assessment, locale)) },
  };
}

/**
 * The customers best grade first (ungraded last), the largest exposure first within a grade, so the
 * table reads as the credit book by grade.
 */
function byGrade(assessments: readonly CustomerAssessment[]): CustomerAssessment[] {
  const rank = (assessment: CustomerAssessment): number =>
    assessment.grade?.minScore ?? Number.NEGATIVE_INFINITY;
  return [...assessments].sort(
    (a, b) =>
      rank(b) - rank(a) || b.exposure.comparedTo(a.exposure) || a.customerId.localeCompare(b.customerId),
  );
}

/** The measures of each risk tier that occurs, once per tier rather than once per customer. */
function tierMeasureNotes(assessments: readonly CustomerAssessment[], locale: CliLocale): string[] {
  const tiers = new Map<number, CustomerAssessment['riskTier']>();
  for (const assessment of assessments) tiers.set(assessment.riskTier.tier, assessment.riskTier);
  return [...tiers.values()]
    .sort((a, b) => a.tier - b.tier)
    .map(
      (tier) =>
        `${tier.tier} ${tier.label[locale]}: ${tier.measures.map((measure) => measure.label[locale]).join('; ')}`,
    );
}

/** Why a customer has no limit, or an empty cell when it has one. @internal */
export function statusCell(assessment: CustomerAssessment, texts: AnalysisTexts): string {
  switch (assessment.limit.status) {
    case 'noProfile':
      return texts.words.noProfile;
    case 'noInputs':
      return texts.words.noInputs;
    case 'ungraded':
      return texts.words.ungraded;
    default:
      return '';
  }
}

/** A note per customer with amounts in currencies that could not be converted. @internal */
export function unconvertedNotes(assessments: readonly CustomerAssessment[], texts: AnalysisTexts): string[] {
  return assessments.flatMap((assessment) => {
    const { open, unapplied, receipts } = assessment.unconverted;
    const all = [...open, ...unapplied, ...receipts];
    if (all.length === 0) return [];
    const amounts = all.map((money) => `${money.currency} ${formatAmountCell(money.amount, money.currency)}`);
    return [texts.notes.unconverted(assessment.customerId, amounts.join(', '))];
  });
}
