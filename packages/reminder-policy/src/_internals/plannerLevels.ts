import { toMinorUnits } from '@receivables/core';
import type { ReminderPolicy } from '../policy/ReminderPolicy.ts';

/** The escalation level the facts call for. @internal */
export type LevelOf = (daysPastDue: number, openMinor: number, currency: string, tier: number) => number;

/**
 * Level `j` (1-based) holds when the days past due reach its start, the customer's undisputed open amount
 * in the currency reaches its floor and the tier reaches its least tier (an unknown tier counts as 0).
 * Sequential escalation climbs while each level holds; `skip` takes the highest level that holds.
 *
 * @internal
 */
export function plannerLevels(policy: ReminderPolicy): LevelOf {
  const floors = new Map<string, number>();
  const floorOf = (index: number, currency: string, amount: string): number => {
    const key = `${index}\u0000${currency}`;
    let floor = floors.get(key);
    if (floor === undefined) {
      floor = toMinorUnits(amount, currency);
      floors.set(key, floor);
    }
    return floor;
  };
  const { levels, mode } = policy.escalation;
  return (daysPastDue, openMinor, currency, tier) => {
    let reached = 0;
    for (let index = 0; index < levels.length; index += 1) {
      const level = levels[index]!;
      const amount = level.minOpenAmount?.[currency];
      const holds =
        daysPastDue >= level.fromDaysPastDue &&
        (amount === undefined || openMinor >= floorOf(index, currency, amount)) &&
        (level.minTier === undefined || tier >= level.minTier);
      if (holds) reached = index + 1;
      else if (mode === 'sequential') break;
    }
    return reached;
  };
}
