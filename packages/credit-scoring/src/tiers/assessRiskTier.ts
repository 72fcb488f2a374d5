import { modelsValidate } from '../_internals/modelsValidate.ts';
import { tiersReadFacts } from '../_internals/tiersReadFacts.ts';
import { tiersTriggerFires } from '../_internals/tiersTriggerFires.ts';
import { defaultRiskTiers } from './defaultRiskTiers.ts';
import type { RiskFacts } from './RiskFacts.ts';
import type { FiredRiskTrigger, RiskTierAssessment } from './RiskTierAssessment.ts';
import type { RiskTierDefinition } from './RiskTierDefinition.ts';
import type { RiskTierFact } from './RiskTierFact.ts';
import { RiskTiersSchema } from './RiskTiersSchema.ts';

/** Options of {@link assessRiskTier}. */
export interface AssessRiskTierOptions {
  /**
   * The tier table; a table other than the default is validated on every call.
   * @defaultValue {@link defaultRiskTiers}, the five tiers of spec §1.8
   */
  readonly tiers?: readonly RiskTierDefinition[];
}

const API = 'assessRiskTier';
const FACTS: readonly RiskTierFact[] = [
  'daysPastDue',
  'utilisation',
  'signalCount',
  'criticalSignalCount',
  'brokenPromises',
  'daysToLimitationExpiry',
];

/**
 * Puts a customer in a risk tier (spec §1.8): any one trigger puts the customer in its tier, the highest
 * tier wins, and the normal tier 0 applies when nothing fires. The assessment lists every trigger that
 * fired with the value that fired it, the measures of the tier, and the facts that were not given.
 *
 * @param facts - Days past due, exposure and limit, danger-signal counts, broken promises, days to the
 *   limitation expiry; each optional.
 * @param options - The tier table.
 * @returns The tier, its label and measures, the fired triggers and the unevaluated facts.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for counts that are not whole numbers (or negative),
 *   more critical signals than signals, or exposure without limit (or the reverse); `INVALID_AMOUNT`
 *   for an exposure or limit that is negative or not a finite decimal; `INVALID_RISK_TIERS` for a
 *   malformed table.
 *
 * @example
 * ```ts
 * import { assessRiskTier } from '@receivables/credit-scoring';
 *
 * const assessment = assessRiskTier({
 *   daysPastDue: 12, exposure: '540000', limit: '500000', signalCount: 1, criticalSignalCount: 0,
 *   brokenPromises: 0, daysToLimitationExpiry: 900,
 * });
 * console.log(assessment.tier, assessment.label.en); // 2 Warning
 * console.log(assessment.firedTriggers.map((fired) => `${fired.trigger.id}=${fired.value}`)); // ["utilisationAbove100=1.08","dpd1to30=12","oneSignal=1"]
 * console.log(assessment.measures.map((measure) => measure.id)); // ["creditHold","stricterPaymentMode","financeContact","siteVisit"]
 * ```
 */
export function assessRiskTier(facts: RiskFacts, options: AssessRiskTierOptions = {}): RiskTierAssessment {
  const tiers =
    options.tiers === undefined || options.tiers === defaultRiskTiers
      ? defaultRiskTiers
      : modelsValidate(RiskTiersSchema, options.tiers, 'INVALID_RISK_TIERS', API, ['tiers']);
  const values = tiersReadFacts(facts, API);
  const fired: FiredRiskTrigger[] = [];
  for (const tier of [...tiers].reverse()) {
    for (const trigger of tier.triggers) {
      const value = values.get(trigger.fact);
      if (value !== undefined && tiersTriggerFires(trigger, value)) {
        fired.push({ tier: tier.tier, tierId: tier.id, trigger, value: value.toString() });
      }
    }
  }
  const winner = tiers[fired[0]?.tier ?? 0]!;
  return {
    tier: winner.tier,
    id: winner.id,
    label: winner.label,
    firedTriggers: fired,
    measures: winner.measures,
    utilisation: values.get('utilisation') ?? null,
    unevaluated: FACTS.filter((fact) => !values.has(fact)),
  };
}
