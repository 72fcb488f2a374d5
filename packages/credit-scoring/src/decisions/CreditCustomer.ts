import type { AgedBalance, OpenItem } from '@receivables/aging';
import type { AmountInput } from '@receivables/core';
import type { GradeDefinition } from '../grades/GradeDefinition.ts';

/** What `decideCredit` needs to know about the customer placing an order. */
export interface CreditCustomer {
  /** The customer's id; with open items, only the items of this customer count. */
  readonly id?: string;
  /** The customer's grade: its payment mode decides how orders may be released. */
  readonly grade: GradeDefinition;
  /** The credit limit, in the context's currency (e.g. `creditLimit(...).limit.amount`). */
  readonly limit: AmountInput;
  /**
   * What the customer owes now, in any of three forms:
   * - a plain amount;
   * - a line of an aging report (`agingResult(...).customers[i]`): its `balance` and `overdue`;
   * - open items (`computeOpenItems(...).items`): their open amounts, overdue when due before `asOf`.
   * @defaultValue nothing owed
   */
  readonly openReceivables?: AmountInput | AgedBalance | readonly OpenItem[];
  /**
   * The overdue part of the open receivables.
   * @defaultValue what `openReceivables` tells (an aging line's `overdue`, open items due before
   *   `asOf`), or 0 for a plain amount
   */
  readonly overdue?: AmountInput;
  /**
   * Orders confirmed but not yet shipped or invoiced.
   * @defaultValue `0`
   */
  readonly unshippedOrders?: AmountInput;
}
