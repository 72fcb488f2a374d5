import type { ReasonCode } from '../vocabulary/ReasonCode.ts';

/**
 * The params each reason comes with, so a catalog's reason messages can be checked to use no others.
 * `tactic`, `scenario`, `power`, `style`, `cause` and `stage` hold ids, shown by their names.
 *
 * @internal
 */
export const REASON_PARAMS: Readonly<Record<ReasonCode, readonly string[]>> = {
  scenarioFit: ['tactic', 'scenario', 'rank'],
  powerPreferred: ['tactic', 'power'],
  powerAvoided: ['tactic', 'power'],
  styleFit: ['tactic', 'style'],
  causeFit: ['tactic', 'cause'],
  stageFit: ['tactic', 'stage'],
  formalNeedsTier: ['tactic', 'tier', 'minTier'],
  formalBeforeDue: ['tactic'],
  formalNeedsReadiness: ['tactic'],
  formalNeedsDocuments: ['tactic'],
  formalNeedsApproval: ['tactic'],
  deadlineNotReal: ['tactic', 'days'],
  concessionNeedsAuthority: ['tactic'],
  visionNotAtFirstContact: ['tactic'],
  visionNeedsRelationship: ['tactic'],
  unableAvoidsPressure: ['tactic'],
  greyZoneNeverPay: ['tactic'],
  principleNeedsDocuments: ['tactic'],
  verifyComparableCase: ['tactic'],
  noGifts: ['tactic'],
  concessionCheaperThanFinancing: ['tactic'],
  confirmRelationship: ['tactic'],
  getManagementApproval: ['tactic'],
  nameTheDeadline: ['tactic'],
  askDeputyApprover: [],
  splitDisputedAmount: [],
  switchToExecutive: [],
  usePreDueChecklist: [],
  fixDocumentsToday: [],
  smeRebuttal: ['scenario'],
  smeNewRepresentative: [],
  backToBackBanned: [],
  escalateNeverPay: [],
  signedPlanWithGuarantee: [],
  exitOnlyIfReady: [],
  quietHours: ['time', 'from', 'to'],
  writtenDemandNearExpiry: [],
  answersExcuse: ['scenario'],
  usesTactic: ['tactic', 'rank'],
  demandLetter: ['stage'],
  localeFallback: ['requested', 'locale'],
};
