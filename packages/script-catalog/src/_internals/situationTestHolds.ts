import type { SituationTest } from '../recommend/SituationTest.ts';
import { flagValue, type SituationContext } from './situationContext.ts';

/**
 * Whether every condition of a test holds in a situation.
 *
 * @internal
 */
export function situationTestHolds(test: SituationTest, context: SituationContext): boolean {
  const { situation } = context;
  const { flags } = situation;
  return (
    (test.tierBelow === undefined || situation.tier < test.tierBelow) &&
    (test.stageIn === undefined || test.stageIn.includes(situation.stage)) &&
    (test.scenarioIn === undefined ||
      (situation.scenario !== undefined && test.scenarioIn.includes(situation.scenario))) &&
    (test.powerIn === undefined ||
      (situation.power !== undefined && test.powerIn.includes(situation.power))) &&
    (test.causeIn === undefined ||
      (situation.cause !== undefined && test.causeIn.includes(situation.cause))) &&
    (test.causeSubtypeIn === undefined ||
      (situation.causeSubtype !== undefined && test.causeSubtypeIn.includes(situation.causeSubtype))) &&
    (test.flagTrue === undefined || flagValue(flags, test.flagTrue) === true) &&
    (test.flagFalse === undefined || flagValue(flags, test.flagFalse) === false) &&
    (test.flagNotTrue === undefined || flagValue(flags, test.flagNotTrue) !== true) &&
    (test.flagUnknown === undefined || flagValue(flags, test.flagUnknown) === undefined) &&
    (test.noRealDeadline === undefined || !context.realDeadline) &&
    (test.deadlineUndated === undefined || flags.realDeadline === true) &&
    (test.inQuietHours === undefined || context.inQuietHours)
  );
}
