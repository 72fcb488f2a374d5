import { describeValue, ReceivablesError } from '@receivables/core';
import type { ReviewEvent } from '../review/ReviewEvent.ts';
import { modelsReadCount } from './modelsReadCount.ts';
import { modelsReadDate } from './modelsReadDate.ts';

const KINDS: readonly ReviewEvent['kind'][] = [
  'dangerSignal',
  'daysPastDue',
  'limitIncreaseRequest',
  'ownershipChange',
];

/**
 * Checks one review event and tells whether it calls for a review: every kind does, except days past
 * due at or below the threshold.
 *
 * @internal
 */
export function reviewEventCalls(event: ReviewEvent, index: number, threshold: number, api: string): boolean {
  const field = `events[${index}]`;
  modelsReadDate(event.on, api, `${field}.on`);
  if (!KINDS.includes(event.kind)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: ${field}.kind: ${describeValue(event.kind)} is not one of ${KINDS.join(', ')}`,
      { details: { field: `${field}.kind`, value: describeValue(event.kind) } },
    );
  }
  if (event.kind !== 'daysPastDue') return true;
  return modelsReadCount(event.daysPastDue, api, `${field}.daysPastDue`, 'any') > threshold;
}
