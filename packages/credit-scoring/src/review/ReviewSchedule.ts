import type { IsoDate } from '@receivables/core';
import type { ReviewEvent } from './ReviewEvent.ts';

/** When a customer's next credit review is due, and why. */
export interface ReviewSchedule {
  /** The regular date: the last review plus the grade's review months. */
  readonly scheduledOn: IsoDate;
  /** The date the review is due: the first triggering event's date, or `scheduledOn` when none. */
  readonly dueOn: IsoDate;
  /** Whether an event brings the review forward. */
  readonly early: boolean;
  /** The events after the last review and before `scheduledOn` that call for a review, earliest first. */
  readonly triggers: readonly ReviewEvent[];
}
