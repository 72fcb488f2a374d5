import { deepFreeze } from '@receivables/core';
import { modelsValidate } from '../_internals/modelsValidate.ts';
import type { RiskTierDefinition } from './RiskTierDefinition.ts';
import { RiskTiersSchema } from './RiskTiersSchema.ts';

/**
 * Validates a risk-tier table kept as data (a JSON file, a settings row) and returns it frozen, ready
 * for `assessRiskTier`. Every problem is reported at once with its path; see {@link RiskTiersSchema}.
 *
 * @param definition - The tiers as plain data; see `riskTiersJsonSchema`.
 * @returns A fresh, frozen, validated table.
 * @throws {ReceivablesError} `INVALID_RISK_TIERS` listing every problem in `details.issues`.
 *
 * @example
 * ```ts
 * import { defaultRiskTiers, parseRiskTiers } from '@receivables/credit-scoring';
 *
 * // A stricter house rule: 15 days past due already means warning.
 * const stricter = parseRiskTiers(
 *   defaultRiskTiers.map((tier) =>
 *     tier.id !== 'warning' ? tier : { ...tier, triggers: [...tier.triggers, { id: 'dpd15', fact: 'daysPastDue', atLeast: 15, label: { en: '15 days past due', 'zh-CN': '逾期15天' } }] },
 *   ),
 * );
 * console.log(stricter[2]?.triggers.map((trigger) => trigger.id)); // ["dpd31to60","utilisationAbove100","oneBrokenPromise","twoSignals","dpd15"]
 * try {
 *   parseRiskTiers([defaultRiskTiers[0]]);
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   (root): a table needs the normal tier and at least one more (got an array of 1)
 * }
 * ```
 */
export function parseRiskTiers(definition: unknown): readonly RiskTierDefinition[] {
  return deepFreeze(modelsValidate(RiskTiersSchema, definition, 'INVALID_RISK_TIERS', 'parseRiskTiers'));
}
