import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { AmountInput } from '../money/AmountInput.ts';

/** What became of a promise to pay. */
export type PromiseStatus = 'open' | 'kept' | 'broken';

/** A customer's promise to pay (承诺付款), as read from outside data. */
export interface PromiseToPayInput {
  readonly id: string;
  readonly customerId: string;
  /** The invoices the promise covers; empty or absent means the customer's balance. */
  readonly invoiceIds?: readonly string[] | undefined;
  readonly madeOn: IsoDate;
  readonly promisedDate: IsoDate;
  readonly amount: AmountInput;
  readonly currency: string;
  /** @defaultValue `'open'` */
  readonly status?: PromiseStatus | undefined;
}

/** A validated promise to pay. */
export interface PromiseToPay {
  readonly id: string;
  readonly customerId: string;
  /** Always present; empty means the customer's balance. */
  readonly invoiceIds: readonly string[];
  readonly madeOn: IsoDate;
  readonly promisedDate: IsoDate;
  readonly amount: Decimal;
  readonly currency: string;
  readonly status: PromiseStatus;
}
