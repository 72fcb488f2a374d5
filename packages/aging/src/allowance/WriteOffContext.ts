import type { AmountInput, IsoDate } from '@receivables/core';

/**
 * What is known of the debtor: still trading (`active`), or bankrupt, dissolved (解散), deregistered
 * (注销), with its business licence revoked (吊销营业执照), deceased or declared missing (spec §2.4).
 */
export type DebtorStatus =
  | 'active'
  | 'bankrupt'
  | 'dissolved'
  | 'deregistered'
  | 'licenceRevoked'
  | 'deceased'
  | 'missing';

/** The circumstances of a write-off assessment. */
export interface WriteOffContext {
  /** The date of the assessment; overdue periods are counted to it. */
  readonly asOf: IsoDate;
  /**
   * The debtor's status.
   * @defaultValue `'active'`
   */
  readonly debtorStatus?: DebtorStatus | undefined;
  /**
   * The company's revenue for the year (年度收入总额), in the item's currency, for the 0.01 % limit of the
   * small-amount tax rule; when absent only the ¥50,000 limit is tested.
   */
  readonly annualRevenue?: AmountInput | undefined;
  /**
   * Whether the item has already been written off in the books (会计上已作损失处理), which the tax rules require.
   * @defaultValue `false`
   */
  readonly writtenOffInBooks?: boolean | undefined;
}
