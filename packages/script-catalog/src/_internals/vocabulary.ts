import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CauseSubtype } from '../vocabulary/CauseSubtype.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { CommonExcuseId } from '../vocabulary/CommonExcuseId.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { DebtorFear } from '../vocabulary/DebtorFear.ts';
import type { LetterKind } from '../vocabulary/LetterKind.ts';
import type { LintCategory } from '../vocabulary/LintCategory.ts';
import type { LintSeverity } from '../vocabulary/LintSeverity.ts';
import type { NegotiatorStyle } from '../vocabulary/NegotiatorStyle.ts';
import type { PowerSituation } from '../vocabulary/PowerSituation.ts';
import type { ReasonCode } from '../vocabulary/ReasonCode.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { ScenarioSlug } from '../vocabulary/ScenarioSlug.ts';
import type { ScriptFormat } from '../vocabulary/ScriptFormat.ts';
import type { SituationFlagName } from '../vocabulary/SituationFlagName.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';
import type { TacticSlug } from '../vocabulary/TacticSlug.ts';
import type { TemplateKind } from '../vocabulary/TemplateKind.ts';
import type { VariableType } from '../vocabulary/VariableType.ts';

/**
 * Every member of a union, listed once: a record keyed by the union lets the compiler prove the list is
 * complete, and its key order is the canonical order (T1 … T10, E1 … E10) used for stable tie-breaks.
 */
function members<T extends string>(all: Record<T, true>): readonly T[] {
  return Object.freeze(Object.keys(all) as T[]);
}

/** @internal */
export const TACTIC_IDS: readonly TacticId[] = members<TacticId>({
  T1: true,
  T2: true,
  T3: true,
  T4: true,
  T5: true,
  T6: true,
  T7: true,
  T8: true,
  T9: true,
  T10: true,
});

/** @internal */
export const TACTIC_SLUGS: Readonly<Record<TacticId, TacticSlug>> = Object.freeze({
  T1: 'principle',
  T2: 'empathy',
  T3: 'winWin',
  T4: 'plea',
  T5: 'deadline',
  T6: 'seekAdvice',
  T7: 'concession',
  T8: 'precedent',
  T9: 'vision',
  T10: 'formal',
});

/** @internal */
export const SCENARIO_IDS: readonly ScenarioId[] = members<ScenarioId>({
  E1: true,
  E2: true,
  E3: true,
  E4: true,
  E5: true,
  E6: true,
  E7: true,
  E8: true,
  E9: true,
  E10: true,
});

/** @internal */
export const SCENARIO_SLUGS: Readonly<Record<ScenarioId, ScenarioSlug>> = Object.freeze({
  E1: 'poorQuality',
  E2: 'poorService',
  E3: 'priceNotGood',
  E4: 'bossUnhappy',
  E5: 'financeAway',
  E6: 'processBlocked',
  E7: 'dontRush',
  E8: 'doNotTrustUs',
  E9: 'threatToLeave',
  E10: 'blamesOurMistakes',
});

/** @internal */
export const POWER_SITUATIONS: readonly PowerSituation[] = members<PowerSituation>({
  customerStronger: true,
  evenlyMatched: true,
  willingButUnable: true,
});

/** @internal */
export const NEGOTIATOR_STYLES: readonly NegotiatorStyle[] = members<NegotiatorStyle>({
  eagle: true,
  sheep: true,
  fox: true,
  donkey: true,
});

/** @internal */
export const CAUSE_KINDS: readonly CauseKind[] = members<CauseKind>({
  newSituation: true,
  newChange: true,
  personalMotive: true,
});

/** @internal */
export const CAUSE_SUBTYPES: readonly CauseSubtype[] = members<CauseSubtype>({
  policy: true,
  economicPressure: true,
  environment: true,
  industryHabit: true,
  newLeader: true,
  systemChange: true,
  managementUpgrade: true,
  competition: true,
  showResults: true,
  showCompetence: true,
  showAuthority: true,
  greyZoneBenefit: true,
});

/** @internal */
export const COLLECTION_STAGES: readonly CollectionStage[] = members<CollectionStage>({
  beforeDue: true,
  earlyOverdue: true,
  middleOverdue: true,
  lateOverdue: true,
  preLegal: true,
  legal: true,
});

/** @internal */
export const CONTACT_CHANNELS: readonly ContactChannel[] = members<ContactChannel>({
  phone: true,
  messaging: true,
  email: true,
  letter: true,
  visit: true,
  lawyerLetter: true,
  legalFiling: true,
});

/** @internal */
export const DEBTOR_FEARS: readonly DebtorFear[] = members<DebtorFear>({
  F1: true,
  F2: true,
  F3: true,
  F4: true,
  F5: true,
  F6: true,
  F7: true,
  F8: true,
  F9: true,
});

/** @internal */
export const COMMON_EXCUSE_IDS: readonly CommonExcuseId[] = members<CommonExcuseId>({
  noMoney: true,
  invoiceProblem: true,
  statementMismatch: true,
  waitingOnTheirCustomer: true,
  approvalPending: true,
  alreadyPaid: true,
  newBoss: true,
  monthEndPaymentRun: true,
});

/** @internal */
export const TEMPLATE_KINDS: readonly TemplateKind[] = members<TemplateKind>({
  phone: true,
  written: true,
  excuseAnswer: true,
  demandLetter: true,
});

/** @internal */
export const LETTER_KINDS: readonly LetterKind[] = members<LetterKind>({
  firstNotice: true,
  secondNotice: true,
  finalNotice: true,
  limitationDemand: true,
});

/** @internal */
export const VARIABLE_TYPES: readonly VariableType[] = members<VariableType>({
  text: true,
  amount: true,
  date: true,
  number: true,
  list: true,
});

/** @internal */
export const SITUATION_FLAG_NAMES: readonly SituationFlagName[] = members<SituationFlagName>({
  readyToEndRelationship: true,
  authorityToConcede: true,
  deliveryDocumented: true,
  personalRelationship: true,
  firstContact: true,
  managementApproval: true,
  smeProtection: true,
  limitationAtRisk: true,
});

/** @internal */
export const SCRIPT_FORMATS: readonly ScriptFormat[] = members<ScriptFormat>({
  text: true,
  html: true,
  markdown: true,
});

/** @internal */
export const LINT_CATEGORIES: readonly LintCategory[] = members<LintCategory>({
  criminalThreat: true,
  intimidation: true,
  publicShaming: true,
  personalBenefit: true,
  nightContact: true,
  insult: true,
  harassment: true,
  legalAction: true,
  other: true,
});

/** @internal */
export const LINT_SEVERITIES: readonly LintSeverity[] = members<LintSeverity>({ error: true, warning: true });

/** @internal */
export const REASON_CODES: readonly ReasonCode[] = members<ReasonCode>({
  scenarioFit: true,
  powerPreferred: true,
  powerAvoided: true,
  styleFit: true,
  causeFit: true,
  stageFit: true,
  formalNeedsTier: true,
  formalBeforeDue: true,
  formalNeedsReadiness: true,
  formalNeedsDocuments: true,
  formalNeedsApproval: true,
  deadlineNotReal: true,
  concessionNeedsAuthority: true,
  visionNotAtFirstContact: true,
  visionNeedsRelationship: true,
  unableAvoidsPressure: true,
  greyZoneNeverPay: true,
  principleNeedsDocuments: true,
  verifyComparableCase: true,
  noGifts: true,
  concessionCheaperThanFinancing: true,
  confirmRelationship: true,
  getManagementApproval: true,
  nameTheDeadline: true,
  askDeputyApprover: true,
  splitDisputedAmount: true,
  switchToExecutive: true,
  usePreDueChecklist: true,
  fixDocumentsToday: true,
  smeRebuttal: true,
  smeNewRepresentative: true,
  backToBackBanned: true,
  escalateNeverPay: true,
  signedPlanWithGuarantee: true,
  exitOnlyIfReady: true,
  quietHours: true,
  writtenDemandNearExpiry: true,
  answersExcuse: true,
  usesTactic: true,
  demandLetter: true,
  localeFallback: true,
});

/** The subtypes each cause kind allows. @internal */
export const CAUSE_SUBTYPES_BY_KIND: Readonly<Record<CauseKind, readonly CauseSubtype[]>> = Object.freeze({
  newSituation: Object.freeze(['policy', 'economicPressure', 'environment', 'industryHabit'] as const),
  newChange: Object.freeze(['newLeader', 'systemChange', 'managementUpgrade', 'competition'] as const),
  personalMotive: Object.freeze([
    'showResults',
    'showCompetence',
    'showAuthority',
    'greyZoneBenefit',
  ] as const),
});
