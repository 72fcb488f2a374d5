import type { ReceivablesError } from '@receivables/core';

/** How a call fed hostile input ended, once {@link checkHostileCall} found nothing wrong with it. */
export type HostileCallOutcome<T> =
  | { readonly kind: 'returned'; readonly value: T }
  | { readonly kind: 'rejected'; readonly error: ReceivablesError };
