import type { FitTables } from '../catalog/FitTables.ts';
import type { ExcludedTactic } from '../recommend/ExcludedTactic.ts';
import type { RankedTactic } from '../recommend/RankedTactic.ts';
import type { Reason } from '../recommend/Reason.ts';
import type { ScoreBreakdown } from '../recommend/ScoreBreakdown.ts';
import type { TacticRecommendations } from '../recommend/TacticRecommendations.ts';
import { tacticHardRules } from '../recommend/tacticHardRules.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';
import type { ReasonFactory } from './reasonFactory.ts';
import { SITUATION_ADVICE, TACTIC_CAUTIONS } from './situationAdvice.ts';
import type { SituationContext } from './situationContext.ts';
import { situationTestHolds } from './situationTestHolds.ts';
import { TACTIC_IDS, TACTIC_SLUGS } from './vocabulary.ts';

/** The hard rules and cautions of each tactic, looked up once rather than for every situation. */
const RULES_BY_TACTIC = new Map(
  TACTIC_IDS.map((tactic) => [tactic, tacticHardRules.filter((rule) => rule.tactics.includes(tactic))]),
);
const CAUTIONS_BY_TACTIC = new Map(
  TACTIC_IDS.map((tactic) => [tactic, TACTIC_CAUTIONS.filter((caution) => caution.tactics.includes(tactic))]),
);
const ORDER = new Map(TACTIC_IDS.map((tactic, index) => [tactic, index]));

/**
 * Ranks the ten tactics for a situation: hard rules first (a forbidden tactic is excluded, with every
 * rule that forbids it), then the fit tables' points, best first, ties by tactic id.
 *
 * @internal
 */
export function rankTactics(
  context: SituationContext,
  fit: FitTables,
  reason: ReasonFactory,
): TacticRecommendations {
  const scored: { tactic: TacticId; score: ScoreBreakdown; reasons: Reason[] }[] = [];
  const excluded: ExcludedTactic[] = [];
  for (const tactic of TACTIC_IDS) {
    const forbidding = (RULES_BY_TACTIC.get(tactic) ?? []).filter((rule) =>
      situationTestHolds(rule.forbidWhen, context),
    );
    if (forbidding.length > 0) {
      excluded.push({
        tactic,
        slug: TACTIC_SLUGS[tactic],
        reasons: forbidding.map((rule) =>
          reason(rule.id, hardRuleParams(rule.id, tactic, rule.forbidWhen.tierBelow, context)),
        ),
      });
      continue;
    }
    scored.push({ tactic, ...scoreTactic(tactic, context, fit, reason) });
  }
  scored.sort(
    (a, b) => b.score.total - a.score.total || (ORDER.get(a.tactic) ?? 0) - (ORDER.get(b.tactic) ?? 0),
  );
  const ranked: RankedTactic[] = scored.map((entry, index) => ({
    rank: index + 1,
    tactic: entry.tactic,
    slug: TACTIC_SLUGS[entry.tactic],
    score: entry.score,
    reasons: entry.reasons,
  }));
  const advice = SITUATION_ADVICE.filter((item) => situationTestHolds(item.when, context)).map((item) =>
    reason(item.code, adviceParams(item.code, context)),
  );
  return { ranked, excluded, advice };
}

function scoreTactic(
  tactic: TacticId,
  context: SituationContext,
  fit: FitTables,
  reason: ReasonFactory,
): { score: ScoreBreakdown; reasons: Reason[] } {
  const { situation } = context;
  const { weights } = fit;
  const reasons: Reason[] = [];
  let scenario = 0;
  let power = 0;
  let style = 0;
  let cause = 0;
  let stage = 0;
  if (situation.scenario !== undefined) {
    const position = fit.scenario[situation.scenario].indexOf(tactic);
    if (position >= 0) {
      scenario = Math.max(1, weights.scenarioFirst - position * weights.scenarioStep);
      reasons.push(reason('scenarioFit', { tactic, scenario: situation.scenario, rank: position + 1 }));
    }
  }
  if (situation.power !== undefined) {
    const table = fit.power[situation.power];
    if (table.preferred.includes(tactic)) {
      power += weights.powerPreferred;
      reasons.push(reason('powerPreferred', { tactic, power: situation.power }));
    }
    if (table.avoided.includes(tactic)) {
      power -= weights.powerAvoided;
      reasons.push(reason('powerAvoided', { tactic, power: situation.power }));
    }
  }
  if (situation.style !== undefined && fit.style[situation.style].includes(tactic)) {
    style = weights.style;
    reasons.push(reason('styleFit', { tactic, style: situation.style }));
  }
  if (situation.cause !== undefined && fit.cause[situation.cause].includes(tactic)) {
    cause = weights.cause;
    reasons.push(reason('causeFit', { tactic, cause: situation.cause }));
  }
  if (fit.stage[situation.stage].includes(tactic)) {
    stage = weights.stage;
    reasons.push(reason('stageFit', { tactic, stage: situation.stage }));
  }
  for (const caution of CAUTIONS_BY_TACTIC.get(tactic) ?? []) {
    if (situationTestHolds(caution.when, context)) {
      reasons.push(reason(caution.code, { tactic }));
    }
  }
  const total = scenario + power + style + cause + stage;
  return { score: { scenario, power, style, cause, stage, total }, reasons };
}

function hardRuleParams(
  code: string,
  tactic: TacticId,
  minTier: number | undefined,
  context: SituationContext,
): Record<string, string | number> {
  if (code === 'formalNeedsTier') return { tactic, tier: context.situation.tier, minTier: minTier ?? 0 };
  if (code === 'deadlineNotReal') return { tactic, days: context.maxDeadlineDays };
  return { tactic };
}

function adviceParams(code: string, context: SituationContext): Record<string, string | number> {
  const { situation, quietHours } = context;
  if (code === 'quietHours')
    return { time: situation.localTime ?? '', from: quietHours.from, to: quietHours.to };
  if (code === 'smeRebuttal' && situation.scenario !== undefined) return { scenario: situation.scenario };
  return {};
}
