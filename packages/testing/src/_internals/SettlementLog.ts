import { createNumberTable, type NumberTable } from './NumberTable.ts';

/**
 * Everything that happened to the invoices up to `asOf`, logged as rows of numbers in the order it
 * was drawn and written as records once it can be numbered in date order. Columns are named below;
 * customers, invoices and instalments are 0-based indexes, amounts minor units, dates day numbers.
 * @internal
 */
export interface SettlementLog {
  /** Payments and credit notes share {@link MONEY}'s columns. */
  readonly payments: NumberTable;
  readonly creditNotes: NumberTable;
  readonly disputes: NumberTable;
  readonly promises: NumberTable;
}

/**
 * Columns of a payment or credit note. `invoice` is -1 for money on account. `full` (1 or 0) says
 * the amount is the whole instalment's, so its written amount is shared; `applied` says the money
 * names its instalment; `reason` indexes the credit-note reasons.
 * @internal
 */
export const MONEY = {
  day: 0,
  customer: 1,
  minor: 2,
  invoice: 3,
  position: 4,
  full: 5,
  applied: 6,
  reason: 7,
  stride: 8,
} as const;

/** Columns of a dispute; `resolvedDay` is -1 while it is open. @internal */
export const DISPUTE = {
  day: 0,
  customer: 1,
  minor: 2,
  invoice: 3,
  position: 4,
  full: 5,
  resolvedDay: 6,
  reason: 7,
  stride: 8,
} as const;

/** Columns of a promise; `namesInvoice` 0 means the customer's balance; `status` indexes open/kept/broken. @internal */
export const PROMISE = {
  day: 0,
  customer: 1,
  minor: 2,
  invoice: 3,
  position: 4,
  full: 5,
  namesInvoice: 6,
  promisedDay: 7,
  status: 8,
  stride: 9,
} as const;

/** @internal An empty log sized for about `invoices` invoices. */
export function createSettlementLog(invoices: number): SettlementLog {
  return {
    payments: createNumberTable(MONEY.stride, invoices + (invoices >> 2)),
    creditNotes: createNumberTable(MONEY.stride, invoices >> 6),
    disputes: createNumberTable(DISPUTE.stride, invoices >> 5),
    promises: createNumberTable(PROMISE.stride, invoices >> 2),
  };
}
