import type { RiskTrigger } from '../tiers/RiskTrigger.ts';
import type { TiersFactValue } from './tiersReadFacts.ts';

/**
 * Whether a fact's value lies within every bound of a trigger. An unbounded value is above every
 * number: it passes lower bounds and fails upper ones.
 *
 * @internal
 */
export function tiersTriggerFires(trigger: RiskTrigger, value: TiersFactValue): boolean {
  if (value === 'unbounded') return trigger.atMost === undefined && trigger.lessThan === undefined;
  return (
    (trigger.greaterThan === undefined || value.greaterThan(trigger.greaterThan)) &&
    (trigger.atLeast === undefined || value.greaterThanOrEqualTo(trigger.atLeast)) &&
    (trigger.atMost === undefined || value.lessThanOrEqualTo(trigger.atMost)) &&
    (trigger.lessThan === undefined || value.lessThan(trigger.lessThan))
  );
}
