import type { IsoDate } from '@receivables/core';

/** A danger signal seen on a customer on a day. */
export interface DangerSignalObservation {
  /** The id of a signal of the catalog in use, e.g. `chequeBounced`. */
  readonly signalId: string;
  readonly observedOn: IsoDate;
}
