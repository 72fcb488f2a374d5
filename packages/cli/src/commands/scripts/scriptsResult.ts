import type { IsoDate } from '@receivables/core';
import {
  findLocaleTexts,
  type Reason,
  type ScriptCatalog,
  type Situation,
} from '@receivables/script-catalog';
import { analysisTexts } from '../../analysis/analysisTexts.ts';
import type { ExcuseReading } from '../../analysis/readExcuse.ts';
import type { ScriptSuggestions } from '../../analysis/suggestScripts.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';

/**
 * The `scripts` command's result: the ranked templates with their reasons, the ranked and excluded
 * tactics, the advice, and the rendered texts; JSON with the situation and everything else.
 *
 * @internal
 */
export function scriptsResult(
  suggestions: ScriptSuggestions,
  context: {
    readonly asOf: IsoDate;
    readonly locale: CliLocale;
    readonly catalog: ScriptCatalog;
    readonly situation: Omit<Situation, 'locale'>;
    readonly excuse: ExcuseReading | null;
    readonly customer: { readonly id: string; readonly name: string } | null;
    /** Whether the customer read has nothing open, so the texts quote 0. */
    readonly nothingOpen?: boolean;
  },
): CommandResult {
  const { locale, situation } = context;
  const texts = analysisTexts[locale];
  const words = findLocaleTexts(context.catalog, locale);
  const { recommendations, scripts } = suggestions;
  const say = (reason: Reason): string => reason.text[locale] ?? reason.text.en ?? reason.code;
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  const describe = [
    ...(context.customer === null
      ? []
      : [`${texts.columns.customer}: ${context.customer.id} ${context.customer.name}`]),
    `${texts.columns.stage}: ${words.stages[situation.stage]}`,
    `${texts.columns.tier}: ${situation.tier}`,
    ...(situation.channel === undefined
      ? []
      : [`${texts.columns.channel}: ${words.channels[situation.channel]}`]),
    ...(context.excuse === null
      ? []
      : [
          `${texts.columns.excuse}: ${context.excuse.text}${
            context.excuse.scenario === null
              ? ` (${texts.words.unknownExcuse})`
              : ` → ${context.excuse.scenario} ${words.scenarios[context.excuse.scenario].name}`
          }`,
        ]),
  ].join(' · ');
  const templates: OutputTable = {
    id: 'templates',
    title: texts.titles.templates,
    columns: [
      column('rank', 'right'),
      column('template'),
      column('tactic'),
      column('channels'),
      column('score', 'right'),
      column('why'),
    ],
    rows: recommendations.scripts.map((script) => ({
      rank: String(script.rank),
      template: script.template.id,
      tactic: script.template.tactic === undefined ? '' : words.tactics[script.template.tactic].name,
      channels: script.channels.map((channel) => words.channels[channel]).join(', '),
      score: String(script.score.total),
      why: script.reasons.map(say).join('\n'),
    })),
    notes: [
      describe,
      ...(context.nothingOpen === true && context.customer !== null
        ? [texts.notes.nothingOpen(context.customer.id, context.asOf)]
        : []),
      ...(scripts[0]?.insteadOf === undefined
        ? []
        : [
            `${words.channels[scripts[0].channel]} ${texts.words.insteadOf} ${words.channels[scripts[0].insteadOf]}`,
          ]),
    ],
  };
  const tactics: OutputTable = {
    id: 'tactics',
    title: texts.titles.tactics,
    columns: [column('rank', 'right'), column('tactic'), column('score', 'right'), column('why')],
    rows: recommendations.tactics.ranked.map((entry) => ({
      rank: String(entry.rank),
      tactic: `${entry.tactic} ${words.tactics[entry.tactic].name}`,
      score: String(entry.score.total),
      why: entry.reasons.map(say).join('\n'),
    })),
  };
  const excluded: OutputTable = {
    id: 'excluded',
    title: texts.titles.excluded,
    columns: [column('tactic'), column('why')],
    rows: recommendations.tactics.excluded.map((entry) => ({
      tactic: `${entry.tactic} ${words.tactics[entry.tactic].name}`,
      why: entry.reasons.map(say).join('\n'),
    })),
  };
  const advice: OutputTable = {
    id: 'advice',
    title: texts.titles.advice,
    columns: [column('advice')],
    rows: recommendations.tactics.advice.map((reason) => ({ advice: say(reason) })),
  };
  const rendered = scripts.flatMap((script) =>
    script.rendered.map((text) => ({
      template: text.templateId,
      locale: text.locale,
      subject: text.subject ?? '',
      text: text.body,
    })),
  );
  const problems = scripts.flatMap((script) =>
    script.problems.map((problem) => texts.notes.renderProblem(script.templateId, problem)),
  );
  const texted: OutputTable = {
    id: 'scripts',
    title: texts.titles.scripts,
    columns: [column('template'), column('locale'), column('subject'), column('text')],
    rows: rendered,
    notes: [...(rendered.length > 0 ? [texts.notes.blanks] : []), ...problems],
  };
  return {
    tables: [templates, tactics, excluded, advice, texted],
    json: {
      asOf: context.asOf,
      customer: context.customer,
      situation,
      excuse: context.excuse,
      locale: recommendations.locale,
      templates: recommendations.scripts.map((script) => ({
        rank: script.rank,
        templateId: script.template.id,
        kind: script.template.kind,
        tactic: script.template.tactic ?? null,
        channels: script.channels,
        score: script.score,
        reasons: script.reasons.map(say),
      })),
      tactics: recommendations.tactics.ranked.map((entry) => ({
        rank: entry.rank,
        tactic: entry.tactic,
        slug: entry.slug,
        score: entry.score,
        reasons: entry.reasons.map(say),
      })),
      excluded: recommendations.tactics.excluded.map((entry) => ({
        tactic: entry.tactic,
        slug: entry.slug,
        reasons: entry.reasons.map(say),
      })),
      advice: recommendations.tactics.advice.map(say),
      scripts: scripts
        .filter((script) => script.rendered.length > 0 || script.problems.length > 0)
        .map((script) => ({
          templateId: script.templateId,
          channel: script.channel,
          insteadOf: script.insteadOf ?? null,
          rendered: script.rendered.map((text) => ({
            locale: text.locale,
            ...(text.subject === undefined ? {} : { subject: text.subject }),
            body: text.body,
          })),
          problems: script.problems,
        })),
    },
  };
}
