import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { AmountInput } from '../money/AmountInput.ts';
import type { Application, ApplicationInput } from './Application.ts';

/** Cash received from a customer, as read from outside data. */
export interface PaymentInput {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  /** The value date of the receipt. */
  readonly date: IsoDate;
  /** Positive amount received. */
  readonly amount: AmountInput;
  /** Explicit applications; what they leave is applied by the aging rules or stays on account. */
  readonly applications?: readonly ApplicationInput[] | undefined;
  /** Bank reference or receipt number. */
  readonly reference?: string | undefined;
}

/** A validated payment. */
export interface Payment {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly date: IsoDate;
  readonly amount: Decimal;
  /** Always present; empty when the input had none. */
  readonly applications: readonly Application[];
  readonly reference?: string;
}
