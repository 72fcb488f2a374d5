import { deepFreeze } from '@receivables/core';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { VariableType } from '../vocabulary/VariableType.ts';

/** The id of a template this package ships, in every locale. @internal */
export type BuiltInTemplateId =
  | `${'principle' | 'empathy' | 'winWin' | 'plea' | 'deadline' | 'seekAdvice' | 'concession' | 'precedent' | 'vision' | 'formal'}.${'phone' | 'written'}`
  | `${'poorQuality' | 'poorService' | 'priceNotGood' | 'bossUnhappy' | 'financeAway' | 'processBlocked' | 'dontRush' | 'doNotTrustUs' | 'threatToLeave' | 'blamesOurMistakes'}.${'answer1' | 'answer2'}`
  | `${'poorQuality' | 'poorService' | 'bossUnhappy' | 'processBlocked'}.smeRebuttal`
  | `letter.${'firstNotice' | 'secondNotice' | 'finalNotice' | 'limitationDemand'}`;

/** What a locale writes for a built-in template. @internal */
export interface TemplateMessages {
  readonly subject?: string;
  readonly body: string;
}

/** A built-in template's locale-neutral part. @internal */
export type TemplateDefinition = Omit<ScriptTemplate, 'id' | 'locale' | 'subject' | 'body'>;

type Variables = Readonly<Record<string, VariableType>>;

const OVERDUE: readonly CollectionStage[] = ['earlyOverdue', 'middleOverdue', 'lateOverdue'];
const WITH_BEFORE_DUE: readonly CollectionStage[] = ['beforeDue', ...OVERDUE];
const LATER: readonly CollectionStage[] = ['middleOverdue', 'lateOverdue'];
const FORMAL: readonly CollectionStage[] = ['lateOverdue', 'preLegal'];

const PHONE: Variables = {
  contact: 'text',
  sender: 'text',
  amount: 'amount',
  invoiceNumbers: 'list',
  daysPastDue: 'number',
};
const PHONE_BY_DUE_DATE: Variables = {
  contact: 'text',
  sender: 'text',
  amount: 'amount',
  invoiceNumbers: 'list',
  dueDate: 'date',
};
const WRITTEN: Variables = {
  contact: 'text',
  customer: 'text',
  amount: 'amount',
  invoiceNumbers: 'list',
  dueDate: 'date',
  sender: 'text',
};
const ANSWER: Variables = { contact: 'text', amount: 'amount', invoiceNumbers: 'list' };
const LETTER: Variables = {
  customer: 'text',
  invoiceNumbers: 'list',
  amount: 'amount',
  dueDate: 'date',
  deadline: 'date',
  bankDetails: 'text',
  sender: 'text',
  company: 'text',
};

const phone = { kind: 'phone', channels: ['phone'] } as const;
const written = { kind: 'written', channels: ['messaging', 'email'] } as const;
const answer = { kind: 'excuseAnswer', channels: ['phone', 'messaging', 'visit'] } as const;
const letter = { kind: 'demandLetter', channels: ['letter', 'email'] } as const;

/**
 * The locale-neutral part of every template this package ships: kind, tactic or excuse, channels,
 * stages, tier, fears, required flags and variables. Each locale file adds its own subject and body.
 *
 * @internal
 */
export const BUILT_IN_TEMPLATES: Readonly<Record<BuiltInTemplateId, TemplateDefinition>> = deepFreeze({
  'principle.phone': {
    ...phone,
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['deliveryDocumented'],
    variables: PHONE,
  },
  'principle.written': {
    ...written,
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['deliveryDocumented'],
    variables: WRITTEN,
  },
  'empathy.phone': { ...phone, tactic: 'T2', stages: OVERDUE, variables: PHONE },
  'empathy.written': { ...written, tactic: 'T2', stages: OVERDUE, variables: WRITTEN },
  'winWin.phone': {
    ...phone,
    tactic: 'T3',
    stages: ['beforeDue', 'earlyOverdue', 'middleOverdue'],
    fears: ['F6'],
    variables: PHONE_BY_DUE_DATE,
  },
  'winWin.written': {
    ...written,
    tactic: 'T3',
    stages: ['beforeDue', 'earlyOverdue', 'middleOverdue'],
    fears: ['F6'],
    variables: WRITTEN,
  },
  'plea.phone': { ...phone, tactic: 'T4', stages: OVERDUE, variables: PHONE },
  'plea.written': { ...written, tactic: 'T4', stages: OVERDUE, variables: WRITTEN },
  'deadline.phone': { ...phone, tactic: 'T5', stages: OVERDUE, variables: { ...PHONE, deadline: 'date' } },
  'deadline.written': {
    ...written,
    tactic: 'T5',
    stages: OVERDUE,
    variables: { ...WRITTEN, deadline: 'date' },
  },
  'seekAdvice.phone': { ...phone, tactic: 'T6', stages: WITH_BEFORE_DUE, variables: PHONE_BY_DUE_DATE },
  'seekAdvice.written': { ...written, tactic: 'T6', stages: WITH_BEFORE_DUE, variables: WRITTEN },
  'concession.phone': {
    ...phone,
    tactic: 'T7',
    stages: LATER,
    variables: { ...PHONE, deadline: 'date', offer: 'text' },
  },
  'concession.written': {
    ...written,
    tactic: 'T7',
    stages: LATER,
    variables: { ...WRITTEN, deadline: 'date', offer: 'text' },
  },
  'precedent.phone': { ...phone, tactic: 'T8', stages: LATER, variables: PHONE },
  'precedent.written': { ...written, tactic: 'T8', stages: LATER, variables: WRITTEN },
  'vision.phone': {
    ...phone,
    tactic: 'T9',
    stages: OVERDUE,
    requires: ['personalRelationship'],
    variables: PHONE,
  },
  'vision.written': {
    ...written,
    tactic: 'T9',
    stages: OVERDUE,
    requires: ['personalRelationship'],
    variables: WRITTEN,
  },
  'formal.phone': {
    ...phone,
    tactic: 'T10',
    stages: FORMAL,
    minTier: 3,
    fears: ['F1', 'F5', 'F7'],
    variables: { ...PHONE, deadline: 'date' },
  },
  'formal.written': {
    kind: 'written',
    channels: ['email', 'letter'],
    tactic: 'T10',
    stages: FORMAL,
    minTier: 3,
    fears: ['F1', 'F7'],
    variables: { ...WRITTEN, deadline: 'date' },
  },
  'poorQuality.answer1': {
    ...answer,
    scenario: 'E1',
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['deliveryDocumented'],
    variables: ANSWER,
  },
  'poorQuality.answer2': { ...answer, scenario: 'E1', tactic: 'T8', stages: OVERDUE, variables: ANSWER },
  'poorQuality.smeRebuttal': {
    ...answer,
    scenario: 'E1',
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['smeProtection'],
    variables: ANSWER,
  },
  'poorService.answer1': { ...answer, scenario: 'E2', tactic: 'T1', stages: OVERDUE, variables: ANSWER },
  'poorService.answer2': { ...answer, scenario: 'E2', tactic: 'T2', stages: OVERDUE, variables: ANSWER },
  'poorService.smeRebuttal': {
    ...answer,
    scenario: 'E2',
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['smeProtection'],
    variables: ANSWER,
  },
  'priceNotGood.answer1': { ...answer, scenario: 'E3', tactic: 'T8', stages: OVERDUE, variables: ANSWER },
  'priceNotGood.answer2': { ...answer, scenario: 'E3', tactic: 'T3', stages: OVERDUE, variables: ANSWER },
  'bossUnhappy.answer1': { ...answer, scenario: 'E4', tactic: 'T6', stages: OVERDUE, variables: ANSWER },
  'bossUnhappy.answer2': { ...answer, scenario: 'E4', tactic: 'T4', stages: OVERDUE, variables: ANSWER },
  'bossUnhappy.smeRebuttal': {
    ...answer,
    scenario: 'E4',
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['smeProtection'],
    variables: ANSWER,
  },
  'financeAway.answer1': {
    ...answer,
    scenario: 'E5',
    tactic: 'T5',
    stages: OVERDUE,
    variables: { ...ANSWER, deadline: 'date' },
  },
  'financeAway.answer2': { ...answer, scenario: 'E5', tactic: 'T4', stages: OVERDUE, variables: ANSWER },
  'processBlocked.answer1': {
    ...answer,
    scenario: 'E6',
    tactic: 'T6',
    stages: WITH_BEFORE_DUE,
    variables: ANSWER,
  },
  'processBlocked.answer2': { ...answer, scenario: 'E6', tactic: 'T4', stages: OVERDUE, variables: ANSWER },
  'processBlocked.smeRebuttal': {
    ...answer,
    scenario: 'E6',
    tactic: 'T1',
    stages: OVERDUE,
    requires: ['smeProtection'],
    variables: ANSWER,
  },
  'dontRush.answer1': { ...answer, scenario: 'E7', tactic: 'T2', stages: OVERDUE, variables: ANSWER },
  'dontRush.answer2': {
    ...answer,
    scenario: 'E7',
    tactic: 'T5',
    stages: OVERDUE,
    variables: { ...ANSWER, deadline: 'date' },
  },
  'doNotTrustUs.answer1': { ...answer, scenario: 'E8', tactic: 'T1', stages: OVERDUE, variables: ANSWER },
  'doNotTrustUs.answer2': { ...answer, scenario: 'E8', tactic: 'T3', stages: OVERDUE, variables: ANSWER },
  'threatToLeave.answer1': { ...answer, scenario: 'E9', tactic: 'T3', stages: OVERDUE, variables: ANSWER },
  'threatToLeave.answer2': { ...answer, scenario: 'E9', tactic: 'T8', stages: OVERDUE, variables: ANSWER },
  'blamesOurMistakes.answer1': {
    ...answer,
    scenario: 'E10',
    tactic: 'T6',
    stages: WITH_BEFORE_DUE,
    variables: ANSWER,
  },
  'blamesOurMistakes.answer2': {
    ...answer,
    scenario: 'E10',
    tactic: 'T1',
    stages: WITH_BEFORE_DUE,
    variables: ANSWER,
  },
  'letter.firstNotice': { ...letter, letter: 'firstNotice', stages: ['earlyOverdue'], variables: LETTER },
  'letter.secondNotice': {
    ...letter,
    letter: 'secondNotice',
    stages: ['middleOverdue'],
    variables: { ...LETTER, daysPastDue: 'number' },
  },
  'letter.finalNotice': {
    ...letter,
    letter: 'finalNotice',
    tactic: 'T10',
    stages: FORMAL,
    minTier: 3,
    fears: ['F1', 'F7'],
    variables: { ...LETTER, daysPastDue: 'number' },
  },
  'letter.limitationDemand': {
    ...letter,
    letter: 'limitationDemand',
    stages: [...OVERDUE, 'preLegal', 'legal'],
    requires: ['limitationAtRisk'],
    variables: LETTER,
  },
} satisfies Record<BuiltInTemplateId, TemplateDefinition>);

/**
 * Joins a locale's messages to the built-in definitions, in a fixed order.
 *
 * @internal
 */
export function localizeTemplates(
  locale: string,
  messages: Readonly<Record<BuiltInTemplateId, TemplateMessages>>,
): readonly ScriptTemplate[] {
  return deepFreeze(
    (Object.keys(BUILT_IN_TEMPLATES) as BuiltInTemplateId[]).map((id) => ({
      id,
      locale,
      ...BUILT_IN_TEMPLATES[id],
      ...messages[id],
    })),
  );
}
