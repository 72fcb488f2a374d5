import { decimal, describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { RiskFacts } from '../tiers/RiskFacts.ts';
import type { RiskTierFact } from '../tiers/RiskTierFact.ts';
import { modelsReadAmount } from './modelsReadAmount.ts';
import { modelsReadCount } from './modelsReadCount.ts';

/** A fact's value: a decimal, or `unbounded` for exposure against a zero limit. @internal */
export type TiersFactValue = Decimal | 'unbounded';

/**
 * Reads the facts of `assessRiskTier`, checking each, and derives the utilisation. Facts left out are
 * absent from the map.
 *
 * @internal
 */
export function tiersReadFacts(facts: RiskFacts, api: string): Map<RiskTierFact, TiersFactValue> {
  const values = new Map<RiskTierFact, TiersFactValue>();
  const count = (fact: RiskTierFact, value: number | undefined, sign: 'any' | 'nonNegative') => {
    if (value !== undefined) values.set(fact, decimal(modelsReadCount(value, api, fact, sign)));
  };
  count('daysPastDue', facts.daysPastDue, 'any');
  count('signalCount', facts.signalCount, 'nonNegative');
  count('criticalSignalCount', facts.criticalSignalCount, 'nonNegative');
  count('brokenPromises', facts.brokenPromises, 'nonNegative');
  count('daysToLimitationExpiry', facts.daysToLimitationExpiry, 'any');
  if (facts.signalCount !== undefined && (facts.criticalSignalCount ?? 0) > facts.signalCount) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: criticalSignalCount: ${describeValue(facts.criticalSignalCount)} is above signalCount ${facts.signalCount}; critical signals are among the signals counted`,
      { details: { field: 'criticalSignalCount', value: facts.criticalSignalCount } },
    );
  }
  const utilisation = readUtilisation(facts, api);
  if (utilisation !== null) values.set('utilisation', utilisation);
  return values;
}

/**
 * Exposure ÷ limit, `unbounded` for a positive exposure against a zero limit (such a customer is over
 * any limit), `null` when neither is given.
 *
 * @internal
 */
export function readUtilisation(facts: RiskFacts, api: string): TiersFactValue | null {
  if (facts.exposure === undefined && facts.limit === undefined) return null;
  if (facts.exposure === undefined || facts.limit === undefined) {
    const missing = facts.exposure === undefined ? 'exposure' : 'limit';
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${missing} is missing; the utilisation needs both exposure and limit`,
      { details: { field: missing } },
    );
  }
  const exposure = modelsReadAmount(facts.exposure, api, 'exposure');
  const limit = modelsReadAmount(facts.limit, api, 'limit');
  if (limit.isZero()) return exposure.isZero() ? exposure : 'unbounded';
  return exposure.div(limit);
}
