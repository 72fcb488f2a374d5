import type { CollectionStage } from '../vocabulary/CollectionStage.ts';

/**
 * A collection stage as data, with the days-past-due range it usually covers (both ends inclusive;
 * a missing end is open). The `legal` stage starts when legal action does, not at a day count.
 */
export interface StageDefinition {
  readonly id: CollectionStage;
  readonly fromDaysPastDue?: number;
  readonly toDaysPastDue?: number;
}
