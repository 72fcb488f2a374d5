import { deepFreeze } from '@receivables/core';
import type { SituationTest } from '../recommend/SituationTest.ts';
import type { ReasonCode } from '../vocabulary/ReasonCode.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';

/** Advice on a situation as data (spec 4.2–4.5, 5.1, 5.3): given whenever its test holds. @internal */
export const SITUATION_ADVICE: readonly { readonly code: ReasonCode; readonly when: SituationTest }[] =
  deepFreeze([
    { code: 'askDeputyApprover', when: { scenarioIn: ['E5'] } },
    { code: 'splitDisputedAmount', when: { scenarioIn: ['E1', 'E2'] } },
    { code: 'switchToExecutive', when: { scenarioIn: ['E4'] } },
    { code: 'usePreDueChecklist', when: { scenarioIn: ['E6'] } },
    { code: 'fixDocumentsToday', when: { scenarioIn: ['E10'] } },
    { code: 'exitOnlyIfReady', when: { scenarioIn: ['E9'] } },
    { code: 'smeRebuttal', when: { scenarioIn: ['E1', 'E2', 'E4', 'E6'], flagTrue: 'smeProtection' } },
    { code: 'smeNewRepresentative', when: { causeIn: ['newChange'], flagTrue: 'smeProtection' } },
    { code: 'backToBackBanned', when: { scenarioIn: ['E7'], flagTrue: 'smeProtection' } },
    { code: 'escalateNeverPay', when: { causeSubtypeIn: ['greyZoneBenefit'] } },
    { code: 'signedPlanWithGuarantee', when: { powerIn: ['willingButUnable'] } },
    { code: 'quietHours', when: { inQuietHours: true } },
    { code: 'writtenDemandNearExpiry', when: { flagTrue: 'limitationAtRisk' } },
  ] satisfies { code: ReasonCode; when: SituationTest }[]);

/** Cautions attached to an allowed tactic as data (spec 4.1). @internal */
export const TACTIC_CAUTIONS: readonly {
  readonly code: ReasonCode;
  readonly tactics: readonly TacticId[];
  readonly when: SituationTest;
}[] = deepFreeze([
  { code: 'noGifts', tactics: ['T4'], when: {} },
  { code: 'nameTheDeadline', tactics: ['T5'], when: { deadlineUndated: true } },
  { code: 'concessionCheaperThanFinancing', tactics: ['T7'], when: {} },
  { code: 'verifyComparableCase', tactics: ['T8'], when: {} },
  { code: 'confirmRelationship', tactics: ['T9'], when: { flagUnknown: 'personalRelationship' } },
  { code: 'getManagementApproval', tactics: ['T10'], when: { flagUnknown: 'managementApproval' } },
] satisfies { code: ReasonCode; tactics: TacticId[]; when: SituationTest }[]);
