import { describeValue, ReceivablesError } from '@receivables/core';
import type { CatalogIndex } from '../_internals/catalogIndex.ts';
import { catalogIndex } from '../_internals/catalogIndex.ts';
import { compareText } from '../_internals/compareText.ts';
import { rankTactics } from '../_internals/rankTactics.ts';
import { reasonFactory } from '../_internals/reasonFactory.ts';
import { resolveLocale } from '../_internals/resolveLocale.ts';
import { type SituationContext, situationContext } from '../_internals/situationContext.ts';
import { trustedCatalog } from '../_internals/trustedCatalogs.ts';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { QuietHours } from './QuietHours.ts';
import type { RankedScript } from './RankedScript.ts';
import type { RankedTactic } from './RankedTactic.ts';
import type { Reason } from './Reason.ts';
import type { ScriptRecommendations } from './ScriptRecommendations.ts';
import type { Situation } from './Situation.ts';

/** Options of {@link recommendScripts}. */
export interface RecommendScriptsOptions {
  /** The catalog to choose templates from; its fit tables score them and its locales word the reasons. */
  readonly catalog: ScriptCatalog;
  /** How near a dated `realDeadline` must be to count (spec 4.1). @defaultValue 10 */
  readonly maxDeadlineDays?: number;
  /** When no one may be called, messaged or visited (spec 3.2). @defaultValue `{ from: '22:00', to: '08:00' }` */
  readonly quietHours?: QuietHours;
  /** The most scripts to return. @defaultValue all */
  readonly limit?: number;
}

/**
 * Picks the templates that fit a situation, best first. A template is only offered when its tactic is
 * allowed (see {@link recommendTactics}: the hard rules are never broken), it answers the situation's
 * excuse (if it answers one), it suits the stage, the tier and the flags it requires, and at least one
 * of its channels may be used now: the situation's channel if one is given, never below the channel's
 * tier, and never a call, message or visit in quiet hours. Templates come in the situation's locale,
 * or in the catalog's default one when that locale lacks them. Scores add the tactic's score and a
 * bonus for answering the excuse; ties are broken by template id.
 *
 * @param situation - The situation, as for {@link recommendTactics}.
 * @param options - The catalog, the deadline window, the quiet hours and a limit.
 * @returns The locale used, the ranked scripts with reasons, and the tactic ranking behind them.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` with `details.issues` for a malformed situation or
 *   option; `INVALID_CATALOG` when a catalog built by hand is invalid.
 *
 * @example
 * ```ts
 * import { recommendScripts } from '@receivables/script-catalog';
 * import { defaultScriptCatalog } from '@receivables/script-catalog/default';
 *
 * const { scripts } = recommendScripts(
 *   {
 *     scenario: 'E5',
 *     power: 'willingButUnable',
 *     stage: 'earlyOverdue',
 *     channel: 'phone',
 *     tier: 1,
 *     locale: 'zh-CN',
 *     flags: { readyToEndRelationship: false, realDeadline: true, authorityToConcede: false },
 *   },
 *   { catalog: defaultScriptCatalog, limit: 3 },
 * );
 * // Willing but unable: neither the deadline answer nor the plea is offered.
 * console.log(scripts.map((script) => script.template.id)); // ["empathy.phone","winWin.phone","seekAdvice.phone"]
 * ```
 */
export function recommendScripts(
  situation: Situation,
  options: RecommendScriptsOptions,
): ScriptRecommendations {
  if (typeof options !== 'object' || options === null || options.catalog === undefined) {
    throw new ReceivablesError('INVALID_ARGUMENT', 'recommendScripts: options.catalog is required', {
      details: { options: describeValue(options) },
    });
  }
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `recommendScripts: limit ${describeValue(limit)} is not a whole number ≥ 0`,
    );
  }
  const catalog = trustedCatalog(options.catalog, 'recommendScripts');
  const context = situationContext(situation, options, 'recommendScripts');
  const reason = reasonFactory(catalog);
  const tactics = rankTactics(context, catalog.fit, reason);
  const index = catalogIndex(catalog);
  const locale = resolveLocale(
    index.locales,
    catalog.defaultLocale,
    context.situation.locale,
    'recommendScripts',
  );
  const allowed = new Map(tactics.ranked.map((entry) => [entry.tactic, entry]));
  const candidates: Omit<RankedScript, 'rank'>[] = [];
  for (const versions of index.templates.values()) {
    const chosen = resolveLocale(new Set(versions.keys()), catalog.defaultLocale, locale, 'recommendScripts');
    const template = versions.get(chosen) as ScriptTemplate;
    const tactic = template.tactic === undefined ? undefined : allowed.get(template.tactic);
    if (template.tactic !== undefined && tactic === undefined) continue;
    if (!fitsSituation(template, context)) continue;
    const channels = usableChannels(template, context, index);
    if (channels.length === 0) continue;
    candidates.push(scoreScript(template, channels, tactic, context, locale, catalog, reason));
  }
  candidates.sort((a, b) => b.score.total - a.score.total || compareText(a.template.id, b.template.id));
  const scripts = candidates
    .slice(0, limit)
    .map((candidate, position) => ({ rank: position + 1, ...candidate }));
  return { locale, scripts, tactics };
}

function fitsSituation(template: ScriptTemplate, context: SituationContext): boolean {
  const { situation } = context;
  return (
    (template.scenario === undefined || template.scenario === situation.scenario) &&
    template.stages.includes(situation.stage) &&
    (template.minTier ?? 0) <= situation.tier &&
    (template.requires ?? []).every((flag) => situation.flags[flag] === true)
  );
}

function usableChannels(
  template: ScriptTemplate,
  context: SituationContext,
  index: CatalogIndex,
): ContactChannel[] {
  const { situation } = context;
  return template.channels.filter((channel) => {
    const definition = index.channels.get(channel);
    return (
      definition !== undefined &&
      (situation.channel === undefined || situation.channel === channel) &&
      definition.minTier <= situation.tier &&
      !(definition.immediate && context.inQuietHours)
    );
  });
}

function scoreScript(
  template: ScriptTemplate,
  channels: ContactChannel[],
  tactic: RankedTactic | undefined,
  context: SituationContext,
  locale: string,
  catalog: ScriptCatalog,
  reason: ReturnType<typeof reasonFactory>,
): Omit<RankedScript, 'rank'> {
  const reasons: Reason[] = [];
  let excuse = 0;
  if (template.scenario !== undefined) {
    excuse = catalog.fit.weights.excuseAnswer;
    reasons.push(reason('answersExcuse', { scenario: template.scenario }));
  }
  if (tactic !== undefined) reasons.push(reason('usesTactic', { tactic: tactic.tactic, rank: tactic.rank }));
  if (template.letter !== undefined) reasons.push(reason('demandLetter', { stage: context.situation.stage }));
  if (template.locale !== locale) {
    reasons.push(reason('localeFallback', { requested: locale, locale: template.locale }));
  }
  const tacticScore = tactic?.score.total ?? 0;
  return {
    template,
    channels,
    score: { tactic: tacticScore, excuse, total: tacticScore + excuse },
    reasons,
  };
}
