/**
 * The stable code of a reason the recommender gives. Scores: `scenarioFit`, `powerPreferred`,
 * `powerAvoided`, `styleFit`, `causeFit`, `stageFit`. Hard rules that exclude a tactic:
 * `formalNeedsTier`, `formalBeforeDue`, `formalNeedsReadiness`, `formalNeedsDocuments`,
 * `formalNeedsApproval`, `deadlineNotReal`, `concessionNeedsAuthority`, `visionNotAtFirstContact`,
 * `visionNeedsRelationship`, `unableAvoidsPressure`, `greyZoneNeverPay`, `principleNeedsDocuments`.
 * Cautions on an allowed tactic: `verifyComparableCase`, `noGifts`, `concessionCheaperThanFinancing`,
 * `confirmRelationship`, `getManagementApproval`, `nameTheDeadline`. Advice on the situation:
 * `askDeputyApprover`, `splitDisputedAmount`, `switchToExecutive`, `usePreDueChecklist`,
 * `fixDocumentsToday`, `smeRebuttal`, `smeNewRepresentative`, `backToBackBanned`, `escalateNeverPay`,
 * `signedPlanWithGuarantee`, `exitOnlyIfReady`, `quietHours`, `writtenDemandNearExpiry`. Scripts:
 * `answersExcuse`, `usesTactic`, `demandLetter`, `localeFallback`.
 */
export type ReasonCode =
  | 'scenarioFit'
  | 'powerPreferred'
  | 'powerAvoided'
  | 'styleFit'
  | 'causeFit'
  | 'stageFit'
  | 'formalNeedsTier'
  | 'formalBeforeDue'
  | 'formalNeedsReadiness'
  | 'formalNeedsDocuments'
  | 'formalNeedsApproval'
  | 'deadlineNotReal'
  | 'concessionNeedsAuthority'
  | 'visionNotAtFirstContact'
  | 'visionNeedsRelationship'
  | 'unableAvoidsPressure'
  | 'greyZoneNeverPay'
  | 'principleNeedsDocuments'
  | 'verifyComparableCase'
  | 'noGifts'
  | 'concessionCheaperThanFinancing'
  | 'confirmRelationship'
  | 'getManagementApproval'
  | 'nameTheDeadline'
  | 'askDeputyApprover'
  | 'splitDisputedAmount'
  | 'switchToExecutive'
  | 'usePreDueChecklist'
  | 'fixDocumentsToday'
  | 'smeRebuttal'
  | 'smeNewRepresentative'
  | 'backToBackBanned'
  | 'escalateNeverPay'
  | 'signedPlanWithGuarantee'
  | 'exitOnlyIfReady'
  | 'quietHours'
  | 'writtenDemandNearExpiry'
  | 'answersExcuse'
  | 'usesTactic'
  | 'demandLetter'
  | 'localeFallback';
