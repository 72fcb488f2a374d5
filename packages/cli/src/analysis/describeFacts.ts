import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { CliLocale } from '../program/CliOptions.ts';
import { analysisTexts } from './analysisTexts.ts';
import type { CustomerAssessment } from './CustomerAssessment.ts';
import type { CustomerFactName } from './CustomerFacts.ts';
import { formatAmountCell } from './formatAmountCell.ts';
import { formatAmountJson } from './formatAmountJson.ts';
import { formatRatioCell } from './formatRatioCell.ts';

/** One fact of an assessment, ready for a table row and for JSON. @internal */
export interface DescribedFact {
  readonly name: CustomerFactName;
  readonly label: string;
  readonly cell: string;
  readonly json: unknown;
  readonly source: CustomerAssessment['sources'][CustomerFactName];
  readonly sourceLabel: string;
}

const AMOUNTS: ReadonlySet<CustomerFactName> = new Set([
  'openReceivables',
  'overdue',
  'unapplied',
  'unshippedOrders',
  'averageMonthlyReceipts',
  'annualCreditSales',
  'netAssets',
  'workingCapital',
]);

/**
 * Every fact of an assessment with its label, its printed value and its source, in the order of
 * `CustomerFacts`; or only the facts named.
 *
 * @internal
 */
export function describeFacts(
  assessment: CustomerAssessment,
  locale: CliLocale,
  names?: readonly CustomerFactName[],
): DescribedFact[] {
  const texts = analysisTexts[locale];
  const wanted = names ?? (Object.keys(assessment.facts) as CustomerFactName[]);
  return wanted.map((name) => {
    const value = assessment.facts[name];
    const source = assessment.sources[name];
    let cell: string;
    let json: unknown;
    if (value === null) {
      cell = texts.words.none;
      json = null;
    } else if (AMOUNTS.has(name)) {
      const amount = value as Decimal;
      cell = `${assessment.currency} ${formatAmountCell(amount, assessment.currency)}`;
      json = formatAmountJson(amount, assessment.currency);
    } else if (typeof value === 'boolean') {
      cell = value ? texts.words.yes : texts.words.no;
      json = value;
    } else if (name === 'onTimeRatio' && typeof value === 'number') {
      cell = formatRatioCell(value);
      json = value;
    } else if (typeof value === 'number' && !Number.isInteger(value)) {
      // A quotient such as 50 months / 12 is shown to 4 decimals; JSON keeps the number.
      cell = decimal(value).toDecimalPlaces(4).toString();
      json = value;
    } else {
      cell = String(value);
      json = value;
    }
    return { name, label: texts.facts[name] ?? name, cell, json, source, sourceLabel: texts.sources[source] };
  });
}
