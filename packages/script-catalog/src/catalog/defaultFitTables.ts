import { deepFreeze } from '@receivables/core';
import type { FitTables } from './FitTables.ts';

/**
 * The default soft preferences (spec 4.2–4.5; the cause and stage tables and all weights are our
 * defaults [P]). Scenario lists are in order of preference: for "finance is away" (`E5`) the deadline
 * tactic comes first, then the plea. Pass your own tables to {@link createScriptCatalog} or
 * {@link extendCatalog} to change them; the hard rules stay in force whatever the tables say.
 *
 * @example
 * ```ts
 * import { defaultFitTables } from '@receivables/script-catalog';
 *
 * console.log(defaultFitTables.scenario.E5); // ["T5","T4"]
 * console.log(defaultFitTables.power.willingButUnable.avoided); // ["T5","T4"]
 * ```
 */
export const defaultFitTables: FitTables = deepFreeze({
  scenario: {
    E1: ['T1', 'T8', 'T7'],
    E2: ['T1', 'T7', 'T2'],
    E3: ['T8', 'T3', 'T7', 'T10'],
    E4: ['T6', 'T4', 'T9'],
    E5: ['T5', 'T4'],
    E6: ['T6', 'T4', 'T5'],
    E7: ['T5', 'T2', 'T4'],
    E8: ['T1', 'T8', 'T3'],
    E9: ['T9', 'T3', 'T8'],
    E10: ['T6', 'T1'],
  },
  power: {
    customerStronger: { preferred: ['T2', 'T4', 'T5', 'T6', 'T9', 'T7'], avoided: ['T10'] },
    evenlyMatched: { preferred: ['T1', 'T8', 'T3', 'T5', 'T10'], avoided: [] },
    willingButUnable: { preferred: ['T2', 'T3', 'T7'], avoided: ['T5', 'T4'] },
  },
  style: {
    eagle: ['T9', 'T3', 'T10'],
    sheep: ['T1', 'T8'],
    fox: ['T8', 'T7', 'T5', 'T10'],
    donkey: ['T4', 'T2'],
  },
  cause: {
    newSituation: ['T2', 'T3', 'T7'],
    newChange: ['T6', 'T1', 'T8'],
    personalMotive: ['T6', 'T9'],
  },
  stage: {
    beforeDue: ['T3', 'T6', 'T1'],
    earlyOverdue: ['T2', 'T4', 'T6'],
    middleOverdue: ['T1', 'T8', 'T5'],
    lateOverdue: ['T1', 'T8', 'T10'],
    preLegal: ['T10', 'T1'],
    legal: ['T10'],
  },
  weights: {
    scenarioFirst: 6,
    scenarioStep: 1,
    powerPreferred: 3,
    powerAvoided: 3,
    style: 2,
    cause: 2,
    stage: 1,
    excuseAnswer: 10,
  },
} satisfies FitTables);
