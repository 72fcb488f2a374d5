import { toDayNumber } from '@receivables/core';
import type { Situation, TacticId } from '../../index.ts';

/**
 * The hard rules, written again straight from the spec (4.1–4.5, 1.8) rather than from the rule data,
 * so the tests check the engine against an independent reading.
 */
export function forbiddenBySpec(tactic: TacticId, situation: Situation, maxDeadlineDays = 10): boolean {
  const flags = situation.flags;
  const unable = situation.power === 'willingButUnable';
  const greyZone = situation.causeSubtype === 'greyZoneBenefit';
  switch (tactic) {
    case 'T10':
      return (
        situation.tier < 3 ||
        situation.stage === 'beforeDue' ||
        flags.readyToEndRelationship !== true ||
        flags.deliveryDocumented !== true ||
        flags.managementApproval === false
      );
    case 'T5':
      return !hasRealDeadline(situation, maxDeadlineDays) || unable;
    case 'T7':
      return flags.authorityToConcede !== true || greyZone;
    case 'T9':
      return flags.firstContact === true || flags.personalRelationship === false;
    case 'T4':
      return unable || greyZone;
    case 'T1':
      return flags.deliveryDocumented === false;
    default:
      return false;
  }
}

function hasRealDeadline(situation: Situation, maxDays: number): boolean {
  const deadline = situation.flags.realDeadline;
  if (typeof deadline === 'boolean') return deadline;
  const days = toDayNumber(deadline) - toDayNumber(situation.asOf ?? '');
  return days >= 0 && days <= maxDays;
}
