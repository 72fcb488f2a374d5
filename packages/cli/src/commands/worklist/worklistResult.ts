import { fromMinorUnits, type IsoDate } from '@receivables/core';
import { findLocaleTexts, type ScriptCatalog } from '@receivables/script-catalog';
import { analysisTexts } from '../../analysis/analysisTexts.ts';
import { formatAmountCell } from '../../analysis/formatAmountCell.ts';
import { formatAmountJson } from '../../analysis/formatAmountJson.ts';
import type { WorklistEntry } from '../../analysis/WorklistEntry.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';

/**
 * The `worklist` command's result: the lines in priority order (rank, customer, channel, role, level,
 * days past due, tier, amount, invoices, stage, excuse, template), then the rendered scripts of the
 * first lines; JSON with everything.
 *
 * @internal
 */
export function worklistResult(
  entries: readonly WorklistEntry[],
  context: {
    readonly asOf: IsoDate;
    readonly locale: CliLocale;
    readonly catalog: ScriptCatalog;
    readonly rendered: number;
    readonly policyName: string;
  },
): CommandResult {
  const { locale } = context;
  const texts = analysisTexts[locale];
  const words = findLocaleTexts(context.catalog, locale);
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  const amounts = (entry: WorklistEntry) =>
    entry.line.amounts.map((amount) => ({
      amount: fromMinorUnits(amount.amountMinor, amount.currency),
      currency: amount.currency,
    }));
  const templateCell = (entry: WorklistEntry): string => {
    const script = entry.script;
    if (script === null) return texts.words.noScript;
    if (script.insteadOf === undefined) return script.templateId;
    return `${script.templateId} (${words.channels[script.channel]} ${texts.words.insteadOf} ${words.channels[script.insteadOf]})`;
  };
  const excuseCell = (entry: WorklistEntry): string => {
    if (entry.excuse === null) return '';
    const scenario = entry.excuse.scenario;
    return scenario === null
      ? `${entry.excuse.text} (${texts.words.unknownExcuse})`
      : `${entry.excuse.text} → ${scenario} ${words.scenarios[scenario].name}`;
  };
  const lines: OutputTable = {
    id: 'worklist',
    title: `${texts.titles.worklist} ${context.asOf}`,
    columns: [
      column('rank', 'right'),
      column('customer'),
      column('name'),
      column('channel'),
      column('role'),
      column('level', 'right'),
      column('daysPastDue', 'right'),
      column('tier', 'right'),
      column('amount', 'right'),
      column('invoices'),
      column('stage'),
      column('excuse'),
      column('template'),
    ],
    rows: entries.map((entry) => ({
      rank: String(entry.line.rank),
      customer: entry.line.customerId,
      name: entry.customerName,
      channel: words.channels[entry.line.channel],
      role: texts.roles[entry.line.role] ?? entry.line.role,
      level: String(entry.line.level),
      daysPastDue: String(entry.line.daysPastDue),
      tier: String(entry.line.tier ?? 0),
      amount: amounts(entry)
        .map((amount) => `${amount.currency} ${formatAmountCell(amount.amount, amount.currency)}`)
        .join('\n'),
      invoices: invoiceList(entry.line.invoiceIds, texts.words.more),
      stage: words.stages[entry.situation.stage],
      excuse: excuseCell(entry),
      template: templateCell(entry),
    })),
    notes: [
      texts.notes.policy(context.policyName),
      texts.notes.tiers,
      ...(entries.length > 0 && context.rendered > 0 ? [texts.notes.renderedTop(context.rendered)] : []),
    ],
  };
  const rendered = entries.flatMap((entry) =>
    (entry.script?.rendered ?? []).map((script) => ({
      rank: String(entry.line.rank),
      customer: `${entry.line.customerId} ${entry.customerName}`,
      template: script.templateId,
      locale: script.locale,
      subject: script.subject ?? '',
      text: script.body,
    })),
  );
  const problems = entries.flatMap((entry) =>
    (entry.script?.problems ?? []).map((problem) =>
      texts.notes.renderProblem(entry.script!.templateId, problem),
    ),
  );
  const scripts: OutputTable = {
    id: 'scripts',
    title: texts.titles.scripts,
    columns: [
      column('rank', 'right'),
      column('customer'),
      column('template'),
      column('locale'),
      column('subject'),
      column('text'),
    ],
    rows: rendered,
    notes: [...(rendered.length > 0 ? [texts.notes.blanks] : []), ...problems],
  };
  return {
    tables: [lines, scripts],
    json: {
      asOf: context.asOf,
      policy: context.policyName,
      lines: entries.map((entry) => ({
        rank: entry.line.rank,
        score: entry.line.score,
        customerId: entry.line.customerId,
        customerName: entry.customerName,
        channel: entry.line.channel,
        channelKind: entry.line.channelKind,
        role: entry.line.role,
        level: entry.line.level,
        daysPastDue: entry.line.daysPastDue,
        tier: entry.line.tier ?? 0,
        limitationRisk: entry.line.limitationRisk,
        amounts: amounts(entry).map((amount) => formatAmountJson(amount.amount, amount.currency)),
        invoiceIds: entry.line.invoiceIds,
        reasons: entry.line.reasons,
        stage: entry.situation.stage,
        excuse: entry.excuse === null ? null : { text: entry.excuse.text, scenario: entry.excuse.scenario },
        script:
          entry.script === null
            ? null
            : {
                templateId: entry.script.templateId,
                channel: entry.script.channel,
                insteadOf: entry.script.insteadOf ?? null,
                reasons: entry.script.reasons.map((reason) => reason.text[locale] ?? reason.code),
                rendered: entry.script.rendered.map((script) => ({
                  locale: script.locale,
                  ...(script.subject === undefined ? {} : { subject: script.subject }),
                  body: script.body,
                })),
                problems: entry.script.problems,
              },
      })),
    },
  };
}

/** Up to three invoice numbers, then how many more: the full list is in the JSON output. */
function invoiceList(ids: readonly string[], more: (count: number) => string): string {
  const shown = ids.slice(0, 3).join(', ');
  return ids.length > 3 ? `${shown} ${more(ids.length - 3)}` : shown;
}
