import { addMonths, type IsoDate, relabelError } from '@receivables/core';
import { modelsReadCount } from '../_internals/modelsReadCount.ts';
import { modelsReadDate } from '../_internals/modelsReadDate.ts';
import { reviewEventCalls } from '../_internals/reviewEventCalls.ts';
import { reviewGrade } from '../_internals/reviewGrade.ts';
import type { GradeScale } from '../grades/GradeScale.ts';
import type { ReviewEvent } from './ReviewEvent.ts';
import type { ReviewSchedule } from './ReviewSchedule.ts';

/** Options of {@link nextReview}. */
export interface NextReviewOptions {
  /** The grade scale whose `reviewMonths` set the cadence. */
  readonly scale: GradeScale;
  /**
   * Events since the last review; those that call for a review bring it forward.
   * @defaultValue `[]`
   */
  readonly events?: readonly ReviewEvent[];
  /**
   * A `daysPastDue` event calls for a review when its days past due are above this.
   * @defaultValue `30`
   */
  readonly earlyReviewDaysPastDue?: number;
}

const API = 'nextReview';

/**
 * When a customer's next credit review is due (spec §1.5): the last review plus the grade's review
 * months (AAA/AA 12, A/B 6, C/D 3 on the default scale), brought forward to the first event after the
 * last review that calls for one: a danger signal, more than 30 days past due, a limit-increase request,
 * or a change of owner or legal representative. Month ends are clamped (`2026-08-31` + 6 months is
 * `2027-02-28`).
 *
 * @param lastReview - The date and the grade of the last review, e.g. the `record` of `applyReview`.
 * @param options - The grade scale, the events since, and the days-past-due threshold.
 * @returns The scheduled and the due date, whether the review is early, and the events that call for it.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a grade not in the scale, an unknown event kind or a
 *   threshold or days past due that is not a whole number; `INVALID_DATE` for a bad date.
 *
 * @example
 * ```ts
 * import { defaultGradeScale, nextReview } from '@receivables/credit-scoring';
 *
 * const last = { on: '2026-01-15', grade: 'A' };
 * console.log(nextReview(last, { scale: defaultGradeScale }).dueOn); // 2026-07-15
 * const events = [
 *   { kind: 'daysPastDue', on: '2026-03-02', daysPastDue: 12 },
 *   { kind: 'daysPastDue', on: '2026-04-20', daysPastDue: 31 },
 * ] as const;
 * const schedule = nextReview(last, { scale: defaultGradeScale, events });
 * console.log(schedule.dueOn, schedule.early); // 2026-04-20 true
 * ```
 */
export function nextReview(
  lastReview: { readonly on: IsoDate; readonly grade: string },
  options: NextReviewOptions,
): ReviewSchedule {
  const last = modelsReadDate(lastReview.on, API, 'lastReview.on');
  const threshold = modelsReadCount(options.earlyReviewDaysPastDue ?? 30, API, 'earlyReviewDaysPastDue');
  let scheduledOn: IsoDate;
  const months = reviewGrade(options.scale, lastReview.grade, API, 'lastReview.grade').reviewMonths;
  try {
    scheduledOn = addMonths(last, months);
  } catch (error) {
    throw relabelError(error, 'addMonths', API);
  }
  const triggers = (options.events ?? [])
    .filter((event, index) => reviewEventCalls(event, index, threshold, API))
    .filter((event) => event.on > last && event.on < scheduledOn)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return { scheduledOn, dueOn: triggers[0]?.on ?? scheduledOn, early: triggers.length > 0, triggers };
}
