import type { IsoDate } from '@receivables/core';

/**
 * What a script needs that the ledger does not hold: who writes, for which company, where to pay.
 * Each value left out is shown as a bracketed blank in the run's language (`[contact]`, `[联系人]`),
 * never made up.
 */
export interface ScriptValues {
  /** The person spoken to; the customer's `contact` tag when absent. */
  readonly contact?: string;
  /** Who calls or signs. */
  readonly sender?: string;
  /** Our company, as signed in letters. */
  readonly company?: string;
  /** Where to pay, as printed in letters. */
  readonly bankDetails?: string;
  /** The concession offered (concession tactic). */
  readonly offer?: string;
  /**
   * The payment deadline the texts set.
   * @defaultValue 7 days after the as-of date
   */
  readonly deadline?: IsoDate;
}
