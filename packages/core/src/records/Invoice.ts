import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { AmountInput } from '../money/AmountInput.ts';
import type { InstalmentRole } from './InstalmentRole.ts';

/** One instalment of an invoice's payment schedule, as read from outside data. */
export interface InstalmentInput {
  readonly dueDate: IsoDate;
  readonly amount: AmountInput;
  /** Defaults by position: the first is `first`, the last is `final`, the rest `middle`; a lone one is `final`. */
  readonly role?: InstalmentRole | undefined;
}

/** An invoice as read from outside data. */
export interface InvoiceInput {
  readonly id: string;
  readonly customerId: string;
  /** ISO 4217 code, e.g. `CNY`. */
  readonly currency: string;
  readonly issueDate: IsoDate;
  /** Required without instalments; with instalments it may be left out, and if given must equal the last instalment's due date. */
  readonly dueDate?: IsoDate | undefined;
  /** Gross amount, positive, at most the currency's minor-unit decimals. */
  readonly amount: AmountInput;
  /** Payment schedule, e.g. 30/60/10; amounts must sum to `amount`, due dates must not go backwards. */
  readonly instalments?: readonly InstalmentInput[] | undefined;
  /** The document number printed on the invoice, when it differs from `id`. */
  readonly reference?: string | undefined;
}

/** A validated instalment. */
export interface Instalment {
  /** 1-based position in the schedule; payments and disputes refer to it by this number. */
  readonly index: number;
  readonly dueDate: IsoDate;
  readonly amount: Decimal;
  readonly role: InstalmentRole;
}

/** A validated invoice: always at least one instalment (a single `final` one when the input had none). */
export interface Invoice {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly issueDate: IsoDate;
  /** The last instalment's due date. */
  readonly dueDate: IsoDate;
  readonly amount: Decimal;
  readonly instalments: readonly Instalment[];
  readonly reference?: string;
}
