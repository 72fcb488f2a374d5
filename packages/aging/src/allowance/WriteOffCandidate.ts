import type { AmountInput, IsoDate } from '@receivables/core';

/**
 * Evidence on file for an item, as the write-off grounds of spec §2.4 require it:
 * - `insufficientAssets`: the debtor's liquidation assets or estate cannot cover the debt (liquidation
 *   report, court ruling);
 * - `cannotPay`: firm evidence that the debtor cannot pay (e.g. a court's order ending enforcement);
 * - `restructuringUnrecoverable`: the amount cannot be recovered after a debt restructuring agreement or
 *   a court-approved reorganisation plan;
 * - `forceMajeure`: the amount cannot be collected because of force majeure (natural disaster, war).
 */
export type WriteOffEvidence =
  | 'insufficientAssets'
  | 'cannotPay'
  | 'restructuringUnrecoverable'
  | 'forceMajeure';

/** A receivable considered for write-off. */
export interface WriteOffCandidate {
  /** What is still owed on the item, more than zero. For the tax rules, give the amount in the currency of the books (CNY). */
  readonly amount: AmountInput;
  /** The ISO 4217 code of `amount`. */
  readonly currency: string;
  /** The due date overdue periods are counted from. */
  readonly dueDate: IsoDate;
  /**
   * The evidence on file.
   * @defaultValue `[]`
   */
  readonly evidence?: readonly WriteOffEvidence[] | undefined;
}
