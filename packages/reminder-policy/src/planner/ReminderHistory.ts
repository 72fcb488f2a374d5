import type { IsoDate } from '@receivables/core';
import type { ChannelId } from '../policy/ChannelId.ts';

/** A contact already made; a {@link PlannedAction} is one, so a plan can be fed back as history. */
export interface TakenAction {
  readonly date: IsoDate;
  readonly customerId: string;
  readonly channel: ChannelId;
  readonly invoiceIds?: readonly string[];
}

/** An event that interrupts the limitation period: an acknowledgement or a delivered written demand. */
export interface LimitationEvent {
  readonly date: IsoDate;
  readonly customerId: string;
  /** The invoices it names; absent or empty means all the customer's invoices. */
  readonly invoiceIds?: readonly string[];
}

/** What has already happened: contacts made, balances acknowledged, written demands delivered. */
export interface ReminderHistory {
  readonly actions?: readonly TakenAction[];
  readonly acknowledgements?: readonly LimitationEvent[];
  readonly deliveredDemands?: readonly LimitationEvent[];
}
