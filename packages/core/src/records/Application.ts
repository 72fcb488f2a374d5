import type { Decimal } from 'decimal.js';
import type { AmountInput } from '../money/AmountInput.ts';

/** An explicit application of a payment or credit note to an invoice (or one of its instalments), as read from outside data. */
export interface ApplicationInput {
  readonly invoiceId: string;
  /** 1-based instalment number; without it the amount goes to the invoice's instalments oldest-due first. */
  readonly instalment?: number | undefined;
  /** Positive amount applied. */
  readonly amount: AmountInput;
}

/** A validated application. */
export interface Application {
  readonly invoiceId: string;
  readonly instalment?: number;
  readonly amount: Decimal;
}
