import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CauseSubtype } from '../vocabulary/CauseSubtype.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import type { PowerSituation } from '../vocabulary/PowerSituation.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { SituationFlagName } from '../vocabulary/SituationFlagName.ts';

/**
 * A condition on a situation, as data. Every field given must hold (they are joined by "and"); a test
 * with no fields always holds. `flagNotTrue` holds when the flag is false or unknown, `flagFalse` only
 * when it is explicitly false.
 */
export interface SituationTest {
  readonly tierBelow?: number;
  readonly stageIn?: readonly CollectionStage[];
  readonly scenarioIn?: readonly ScenarioId[];
  readonly powerIn?: readonly PowerSituation[];
  readonly causeIn?: readonly CauseKind[];
  readonly causeSubtypeIn?: readonly CauseSubtype[];
  readonly flagTrue?: SituationFlagName;
  readonly flagFalse?: SituationFlagName;
  readonly flagNotTrue?: SituationFlagName;
  readonly flagUnknown?: SituationFlagName;
  /** Holds when there is no real deadline: `realDeadline` is false, or a date outside the allowed window. */
  readonly noRealDeadline?: true;
  /** Holds when `realDeadline` is `true` rather than a date, so the deadline has not been named. */
  readonly deadlineUndated?: true;
  /** Holds when `localTime` is known and falls in quiet hours. */
  readonly inQuietHours?: true;
}
