import { deepFreeze } from '@receivables/core';
import type { CauseDefinition } from '../catalog/CauseDefinition.ts';
import type { ChannelDefinition } from '../catalog/ChannelDefinition.ts';
import type { CommonExcuse } from '../catalog/CommonExcuse.ts';
import type { FearDefinition } from '../catalog/FearDefinition.ts';
import type { PowerSituationDefinition } from '../catalog/PowerSituationDefinition.ts';
import type { ScenarioDefinition } from '../catalog/ScenarioDefinition.ts';
import type { StageDefinition } from '../catalog/StageDefinition.ts';
import type { StyleDefinition } from '../catalog/StyleDefinition.ts';
import type { TacticDefinition } from '../catalog/TacticDefinition.ts';
import {
  CAUSE_KINDS,
  CAUSE_SUBTYPES_BY_KIND,
  NEGOTIATOR_STYLES,
  POWER_SITUATIONS,
  SCENARIO_IDS,
  SCENARIO_SLUGS,
  TACTIC_IDS,
  TACTIC_SLUGS,
} from './vocabulary.ts';

/**
 * The locale-neutral vocabulary every catalog shares (spec sections 3 and 4). The ids are fixed: the
 * hard rules and fit tables refer to them, so integrators add templates, texts and rules, not tactics.
 *
 * @internal
 */
export interface NeutralCatalogData {
  readonly version: string;
  readonly tactics: readonly TacticDefinition[];
  readonly scenarios: readonly ScenarioDefinition[];
  readonly excuses: readonly CommonExcuse[];
  readonly powerSituations: readonly PowerSituationDefinition[];
  readonly styles: readonly StyleDefinition[];
  readonly causes: readonly CauseDefinition[];
  readonly fears: readonly FearDefinition[];
  readonly stages: readonly StageDefinition[];
  readonly channels: readonly ChannelDefinition[];
}

/** @internal */
export const neutralCatalogData: NeutralCatalogData = deepFreeze({
  version: '1.0.0',
  tactics: TACTIC_IDS.map((id) => ({ id, slug: TACTIC_SLUGS[id] })),
  scenarios: SCENARIO_IDS.map((id) => ({ id, slug: SCENARIO_SLUGS[id] })),
  excuses: [
    { id: 'noMoney', scenarios: [], power: 'willingButUnable' },
    { id: 'invoiceProblem', scenarios: ['E10'] },
    { id: 'statementMismatch', scenarios: ['E1', 'E2'] },
    { id: 'waitingOnTheirCustomer', scenarios: ['E7'] },
    { id: 'approvalPending', scenarios: ['E6', 'E4'] },
    { id: 'alreadyPaid', scenarios: [] },
    { id: 'newBoss', scenarios: [], cause: 'newChange' },
    { id: 'monthEndPaymentRun', scenarios: ['E6'] },
  ],
  powerSituations: POWER_SITUATIONS.map((id) => ({ id })),
  styles: NEGOTIATOR_STYLES.map((id) => ({ id })),
  causes: CAUSE_KINDS.map((id) => ({ id, subtypes: CAUSE_SUBTYPES_BY_KIND[id] })),
  fears: [
    { id: 'F1', formalOnly: true },
    { id: 'F2', formalOnly: true },
    { id: 'F3', formalOnly: true },
    { id: 'F4', formalOnly: true },
    { id: 'F5', formalOnly: false },
    { id: 'F6', formalOnly: false },
    { id: 'F7', formalOnly: false },
    { id: 'F8', formalOnly: false },
    { id: 'F9', formalOnly: true },
  ],
  stages: [
    { id: 'beforeDue', toDaysPastDue: 0 },
    { id: 'earlyOverdue', fromDaysPastDue: 1, toDaysPastDue: 30 },
    { id: 'middleOverdue', fromDaysPastDue: 31, toDaysPastDue: 60 },
    { id: 'lateOverdue', fromDaysPastDue: 61, toDaysPastDue: 90 },
    { id: 'preLegal', fromDaysPastDue: 91 },
    { id: 'legal' },
  ],
  channels: [
    { id: 'phone', immediate: true, minTier: 0 },
    { id: 'messaging', immediate: true, minTier: 0 },
    { id: 'email', immediate: false, minTier: 0 },
    { id: 'letter', immediate: false, minTier: 0 },
    { id: 'visit', immediate: true, minTier: 0 },
    { id: 'lawyerLetter', immediate: false, minTier: 4 },
    { id: 'legalFiling', immediate: false, minTier: 4 },
  ],
} satisfies NeutralCatalogData);
