import type { LimitationEvent, TakenAction } from '@receivables/reminder-policy';

/**
 * One row of a history file: a reminder action already taken (with its channel), or an event that
 * interrupts the limitation period (an acknowledgement or a delivered written demand). `CliInputs`
 * gathers them into reminder-policy's `ReminderHistory`.
 */
export type HistoryEntry =
  | ({ readonly kind: 'action' } & TakenAction)
  | ({ readonly kind: 'acknowledgement' | 'deliveredDemand' } & LimitationEvent);
