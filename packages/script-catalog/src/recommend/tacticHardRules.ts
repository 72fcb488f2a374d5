import { deepFreeze } from '@receivables/core';
import type { TacticHardRule } from './TacticHardRule.ts';

/**
 * The rules the recommender never breaks, whatever the fit tables or the catalog say (spec 4.1–4.5,
 * 1.8): no formal (legal) wording before tier 3, before the due date, without the readiness to lose the
 * account, without complete delivery documents or against management's decision; no deadline tactic
 * without a real deadline; no concession without authority; no vision tactic at first contact or
 * without a relationship; no deadline pressure or pleas when the customer is willing but unable; no
 * concession or plea to a contact seeking a personal benefit; no appeal to principle when delivery is
 * in dispute.
 *
 * @example
 * ```ts
 * import { tacticHardRules } from '@receivables/script-catalog';
 *
 * const rule = tacticHardRules.find((candidate) => candidate.id === 'formalNeedsTier');
 * console.log(rule?.tactics, rule?.forbidWhen.tierBelow); // ["T10"] 3
 * ```
 */
export const tacticHardRules: readonly TacticHardRule[] = deepFreeze([
  { id: 'formalNeedsTier', tactics: ['T10'], forbidWhen: { tierBelow: 3 } },
  { id: 'formalBeforeDue', tactics: ['T10'], forbidWhen: { stageIn: ['beforeDue'] } },
  { id: 'formalNeedsReadiness', tactics: ['T10'], forbidWhen: { flagNotTrue: 'readyToEndRelationship' } },
  { id: 'formalNeedsDocuments', tactics: ['T10'], forbidWhen: { flagNotTrue: 'deliveryDocumented' } },
  { id: 'formalNeedsApproval', tactics: ['T10'], forbidWhen: { flagFalse: 'managementApproval' } },
  { id: 'deadlineNotReal', tactics: ['T5'], forbidWhen: { noRealDeadline: true } },
  { id: 'concessionNeedsAuthority', tactics: ['T7'], forbidWhen: { flagNotTrue: 'authorityToConcede' } },
  { id: 'visionNotAtFirstContact', tactics: ['T9'], forbidWhen: { flagTrue: 'firstContact' } },
  { id: 'visionNeedsRelationship', tactics: ['T9'], forbidWhen: { flagFalse: 'personalRelationship' } },
  { id: 'unableAvoidsPressure', tactics: ['T5', 'T4'], forbidWhen: { powerIn: ['willingButUnable'] } },
  { id: 'greyZoneNeverPay', tactics: ['T7', 'T4'], forbidWhen: { causeSubtypeIn: ['greyZoneBenefit'] } },
  { id: 'principleNeedsDocuments', tactics: ['T1'], forbidWhen: { flagFalse: 'deliveryDocumented' } },
] satisfies TacticHardRule[]);
