import type { CreditNote, CreditNoteInput } from './CreditNote.ts';
import type { Customer, CustomerInput } from './Customer.ts';
import type { Dispute, DisputeInput } from './Dispute.ts';
import type { Invoice, InvoiceInput } from './Invoice.ts';
import type { Payment, PaymentInput } from './Payment.ts';
import type { PromiseToPay, PromiseToPayInput } from './PromiseToPay.ts';

/** Everything the suite knows about what customers owe, as read from outside data; every list may be left out. */
export interface PortfolioInput {
  readonly customers?: readonly CustomerInput[] | undefined;
  readonly invoices?: readonly InvoiceInput[] | undefined;
  readonly payments?: readonly PaymentInput[] | undefined;
  readonly creditNotes?: readonly CreditNoteInput[] | undefined;
  readonly disputes?: readonly DisputeInput[] | undefined;
  readonly promises?: readonly PromiseToPayInput[] | undefined;
}

/** A validated portfolio: every list present, every cross-reference checked. */
export interface Portfolio {
  readonly customers: readonly Customer[];
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
  readonly creditNotes: readonly CreditNote[];
  readonly disputes: readonly Dispute[];
  readonly promises: readonly PromiseToPay[];
}
