import { currencyMinorUnits, decimal, roundHalfUp } from '@receivables/core';
import type { GradeScale } from '@receivables/credit-scoring';
import type { Decimal } from 'decimal.js';
import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import { gradeDistribution } from '../../analysis/gradeDistribution.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import type { ReportAmount, ReportGradeRow, ReportGrades } from '../ReportData.ts';
import type { ReportTexts } from '../ReportTexts.ts';
import { reportAmount } from './reportAmount.ts';

/** What `buildGradeSection` needs besides the assessments. @internal */
export interface GradeSectionContext {
  readonly texts: ReportTexts;
  readonly locale: CliLocale;
  readonly gradeScale: GradeScale;
  /** The reporting currency, when the run has one. */
  readonly reportingCurrency?: string;
  /** Units of the reporting currency per unit of each other currency. */
  readonly rates: Readonly<Record<string, string>>;
}

/** The section and what the reader must be told about it. @internal */
export interface GradeSectionResult {
  readonly section: ReportGrades;
  /** Currencies whose exposure could not be converted (no rate), sorted. */
  readonly unconvertedCurrencies: readonly string[];
}

/**
 * The grade distribution: `gradeDistribution` over the assessments (every grade of the scale, best
 * first, ungraded last), with each row's exposure converted to the reporting currency when there is
 * one (summed exactly, then rounded half-up once to the minor unit); an exposure in a currency without
 * a rate stays in its own currency. The bars show exposure when every row's exposure is in one
 * currency, else the number of customers.
 *
 * @param assessments - From `assessCustomers`.
 * @param context - Words, locale, scale and conversion.
 * @returns The section and the currencies left unconverted.
 * @internal
 */
export function buildGradeSection(
  assessments: readonly CustomerAssessment[],
  context: GradeSectionContext,
): GradeSectionResult {
  const { texts, reportingCurrency } = context;
  const unconverted = new Set<string>();
  const rows: ReportGradeRow[] = gradeDistribution(assessments, { gradeScale: context.gradeScale }).map(
    (row) => {
      let exposure: ReportAmount[];
      if (reportingCurrency === undefined) {
        exposure = row.exposure.map((money) => reportAmount(money.amount, money.currency));
      } else {
        let converted: Decimal = decimal(0);
        const kept: ReportAmount[] = [];
        for (const money of row.exposure) {
          const rate = money.currency === reportingCurrency ? '1' : context.rates[money.currency];
          if (rate === undefined) {
            unconverted.add(money.currency);
            kept.push(reportAmount(money.amount, money.currency));
          } else {
            converted = converted.plus(money.amount.times(rate));
          }
        }
        const rounded = roundHalfUp(converted, currencyMinorUnits(reportingCurrency));
        exposure = [reportAmount(rounded, reportingCurrency), ...kept];
      }
      return {
        gradeId: row.grade?.id ?? 'ungraded',
        label: row.grade === null ? texts.grades.ungraded : row.grade.label[context.locale],
        graded: row.grade !== null,
        count: row.count,
        exposure,
      };
    },
  );
  const currencies = new Set(rows.flatMap((row) => row.exposure.map((amount) => amount.currency)));
  const chart =
    rows.every((row) => row.exposure.length <= 1) && currencies.size <= 1 ? 'exposure' : 'customers';
  return {
    section: {
      title: texts.grades.title,
      description: `${texts.grades.description} ${chart === 'exposure' ? texts.grades.barsShowExposure : texts.grades.barsShowCustomers}`,
      columns: texts.grades.columns,
      chart,
      rows,
    },
    unconvertedCurrencies: [...unconverted].sort(),
  };
}
