import type { IsoDate } from '@receivables/core';
import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { analysisTexts } from '../../analysis/analysisTexts.ts';
import type { CustomerAssessment } from '../../analysis/CustomerAssessment.ts';
import { describeFacts } from '../../analysis/describeFacts.ts';
import { formatAmountCell } from '../../analysis/formatAmountCell.ts';
import { formatRatioCell } from '../../analysis/formatRatioCell.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';
import { limitsJson } from './limitsJson.ts';
import { statusCell, unconvertedNotes } from './limitsResult.ts';

/**
 * The `limits --customer <id>` result: every figure of the limit computation in order (grade, r,
 * credit days, the inputs with their sources, each method's formula and figure or what it lacked, the
 * combination, the new-customer factor, the rounding step, the limit), the exposure and headroom, the
 * risk tier with the triggers that fired and its measures, and every fact with its source.
 *
 * @internal
 */
export function limitsExplanation(
  assessment: CustomerAssessment,
  context: { readonly asOf: IsoDate; readonly locale: CliLocale },
): CommandResult {
  const { locale } = context;
  const texts = analysisTexts[locale];
  const { currency, limit, riskTier } = assessment;
  let rounded = false;
  const money = (amount: Decimal): string => {
    const text = formatAmountCell(amount, currency);
    if (text.startsWith('≈')) rounded = true;
    return `${currency} ${text}`;
  };
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  const step = (label: string, figure: string, source = '') => ({ step: label, figure, source });
  const inputs = describeFacts(assessment, locale, [
    'monthsTrading',
    'annualCreditSales',
    'cycleMonths',
    'netAssets',
    'averageMonthlyReceipts',
    'workingCapital',
  ]);
  const steps = [
    step(
      texts.facts.grade!,
      assessment.grade === null
        ? texts.words.none
        : `${assessment.grade.id} (${assessment.grade.label[locale]})`,
    ),
  ];
  if (assessment.grade !== null) {
    steps.push(
      step(texts.facts.netAssetRatio!, assessment.grade.netAssetRatio),
      step(texts.facts.creditDays!, String(assessment.grade.maxCreditDays)),
    );
  }
  steps.push(...inputs.map((fact) => step(fact.label, fact.cell, fact.sourceLabel)));
  if (limit.status === 'computed') {
    const result = limit.result;
    for (const method of result.methods) {
      steps.push(
        step(
          method.label[locale],
          method.status === 'applied'
            ? money(method.amount)
            : `${texts.words.skipped} ${method.missing.join(', ')}`,
        ),
      );
    }
    steps.push(
      step(texts.facts.combination!, result.combination),
      step(texts.facts.combined!, money(result.combined)),
      step(texts.facts.newCustomer!, result.newCustomer ? texts.words.yes : texts.words.no),
      step(texts.facts.factor!, result.factor.toString()),
      step(texts.facts.step!, money(result.step)),
      step(texts.facts.limit!, money(result.limit.amount)),
    );
  } else {
    steps.push(step(texts.facts.limit!, statusCell(assessment, texts)));
  }
  steps.push(
    step(texts.facts.openReceivables!, money(assessment.facts.openReceivables), texts.sources.ledger),
    step(
      texts.facts.unshippedOrders!,
      money(assessment.facts.unshippedOrders),
      texts.sources[assessment.sources.unshippedOrders],
    ),
    step(texts.facts.exposure!, money(assessment.exposure)),
    step(
      texts.facts.available!,
      assessment.available === null ? texts.words.none : money(assessment.available),
    ),
    step(texts.facts.overdue!, money(assessment.facts.overdue), texts.sources.ledger),
  );
  const limitTable: OutputTable = {
    id: 'limitSteps',
    title: `${texts.titles.limitSteps}: ${assessment.customerId} ${assessment.name}`,
    columns: [column('step'), column('figure', 'right'), column('source')],
    rows: steps,
    notes: [...unconvertedNotes([assessment], texts), ...(rounded ? [texts.notes.rounded] : [])],
  };
  const utilisation = riskTier.utilisation;
  const tierRows = [
    step(texts.facts.tier!, `${riskTier.tier} ${riskTier.label[locale]}`),
    step(
      texts.facts.utilisation!,
      utilisation === null
        ? texts.words.none
        : utilisation === 'unbounded'
          ? '∞'
          : formatRatioCell(decimal(utilisation).toNumber()),
    ),
    ...riskTier.firedTriggers.map((fired) =>
      step(texts.facts.firedTrigger!, `${fired.trigger.label[locale]} (${fired.value})`, `${fired.tier}`),
    ),
    ...riskTier.measures.map((measure) => step(texts.facts.measure!, measure.label[locale])),
    ...(riskTier.unevaluated.length === 0
      ? []
      : [step(texts.facts.unevaluated!, riskTier.unevaluated.join(', '))]),
  ];
  const tierTable: OutputTable = {
    id: 'riskTier',
    title: texts.titles.tier,
    columns: [column('step'), column('figure'), column('tier')],
    rows: tierRows.map((row) => ({ step: row.step, figure: row.figure, tier: row.source })),
  };
  const described = describeFacts(assessment, locale);
  const factsTable: OutputTable = {
    id: 'facts',
    title: texts.titles.facts,
    columns: [column('fact'), column('value', 'right'), column('source')],
    rows: described.map((fact) => ({ fact: fact.label, value: fact.cell, source: fact.sourceLabel })),
  };
  return {
    tables: [limitTable, tierTable, factsTable],
    json: {
      asOf: context.asOf,
      customer: {
        ...limitsJson(assessment, locale),
        facts: Object.fromEntries(
          described.map((fact) => [fact.name, { value: fact.json, source: fact.source }]),
        ),
      },
    },
  };
}
