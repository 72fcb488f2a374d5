import type { IsoDate } from '@receivables/core';

/**
 * Something that calls for a credit review before the scheduled date (spec §1.5): a danger signal,
 * days past due beyond the threshold (30 by default), a request to raise the limit, or a change of owner
 * or legal representative.
 */
export type ReviewEvent =
  | { readonly kind: 'dangerSignal'; readonly on: IsoDate; readonly signalId?: string }
  | { readonly kind: 'daysPastDue'; readonly on: IsoDate; readonly daysPastDue: number }
  | { readonly kind: 'limitIncreaseRequest'; readonly on: IsoDate }
  | { readonly kind: 'ownershipChange'; readonly on: IsoDate };
