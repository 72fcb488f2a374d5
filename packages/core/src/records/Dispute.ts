import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { AmountInput } from '../money/AmountInput.ts';

/** A dispute over part or all of an invoice, as read from outside data. */
export interface DisputeInput {
  readonly id: string;
  readonly customerId: string;
  readonly invoiceId: string;
  /** 1-based instalment number when the dispute concerns one instalment. */
  readonly instalment?: number | undefined;
  readonly openedOn: IsoDate;
  /** Absent while the dispute is open. */
  readonly resolvedOn?: IsoDate | undefined;
  /** Positive disputed amount, at most the invoice's (or instalment's) amount. */
  readonly amount: AmountInput;
  readonly reason?: string | undefined;
}

/** A validated dispute. */
export interface Dispute {
  readonly id: string;
  readonly customerId: string;
  readonly invoiceId: string;
  readonly instalment?: number;
  readonly openedOn: IsoDate;
  readonly resolvedOn?: IsoDate;
  readonly amount: Decimal;
  readonly reason?: string;
}
