import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { AmountInput } from '../money/AmountInput.ts';
import type { Application, ApplicationInput } from './Application.ts';

/** A credit note (红字发票, a reduction of what the customer owes), as read from outside data. */
export interface CreditNoteInput {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly date: IsoDate;
  /** Positive amount credited. */
  readonly amount: AmountInput;
  readonly applications?: readonly ApplicationInput[] | undefined;
  readonly reason?: string | undefined;
}

/** A validated credit note. */
export interface CreditNote {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly date: IsoDate;
  readonly amount: Decimal;
  /** Always present; empty when the input had none. */
  readonly applications: readonly Application[];
  readonly reason?: string;
}
