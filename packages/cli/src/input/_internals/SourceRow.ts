import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import type { RecordLocation } from './RecordLocation.ts';

/**
 * One record read from an input file, on its way to the portfolio: a CSV row, an element of a JSON
 * array, a record of a `--portfolio` file, or an instalment or application nested in a JSON record.
 * The loader marks it dead when it, or a record it depends on, is invalid.
 *
 * @internal
 */
export interface SourceRow {
  /** Reading order, for listing problems as the files do. */
  readonly serial: number;
  readonly kind: InputKind;
  /** The position of the file among the files read. */
  readonly fileIndex: number;
  readonly location: RecordLocation;
  /** The record handed to core (ledger kinds), or the validated credit profile or history entry. */
  readonly value: unknown;
  /** The record's own id, for the kinds others refer to (customers, invoices, payments, credit notes). */
  readonly id: string | undefined;
  readonly customerId: string | undefined;
  /** The invoices the record refers to (an application's or dispute's one, a promise's or history entry's list). */
  readonly invoiceIds: readonly string[];
  /** Instalments and applications: the id of the invoice, payment or credit note they belong to. */
  readonly parentId: string | undefined;
  /** Instalments and applications nested in a JSON record: that record. */
  readonly parent: SourceRow | undefined;
  /** Instalments of an instalments file: the position its `number` gives. */
  readonly number: number | undefined;
  /** Invoices, payments and credit notes read from JSON with their own list of instalments or applications. */
  readonly nested: boolean;
  /** What is wrong with the record itself. */
  readonly problems: InputProblem[];
  /** Why it was left out although nothing is wrong with it: a record it depends on was left out. */
  cascade: InputProblem | undefined;
  dead: boolean;
}

/** The kinds whose records others refer to by id. @internal */
export type ReferencedKind = 'customers' | 'invoices' | 'payments' | 'credit-notes';

/** The kinds that belong to a record of another kind, and how they name it. @internal */
export const PARENT_OF: Readonly<
  Partial<Record<InputKind, { readonly kind: ReferencedKind; readonly field: string; readonly noun: string }>>
> = {
  instalments: { kind: 'invoices', field: 'invoiceId', noun: 'invoice' },
  'payment-applications': { kind: 'payments', field: 'paymentId', noun: 'payment' },
  'credit-note-applications': { kind: 'credit-notes', field: 'creditNoteId', noun: 'credit note' },
};

/** The kinds with a list of other records inside them in JSON, and the list's key. @internal */
export const CHILDREN_OF: Readonly<
  Partial<Record<InputKind, { readonly kind: InputKind; readonly key: string }>>
> = {
  invoices: { kind: 'instalments', key: 'instalments' },
  payments: { kind: 'payment-applications', key: 'applications' },
  'credit-notes': { kind: 'credit-note-applications', key: 'applications' },
};

/** The portfolio list each ledger kind goes to. @internal */
export const LIST_OF = {
  customers: 'customers',
  invoices: 'invoices',
  payments: 'payments',
  'credit-notes': 'creditNotes',
  disputes: 'disputes',
  promises: 'promises',
} as const;

/** A ledger kind that is a list of the portfolio. @internal */
export type ListKind = keyof typeof LIST_OF;

/** The facts of a record the loader joins and cascades on, read from its cells or JSON fields. @internal */
export interface RowReferences {
  readonly id: string | undefined;
  readonly customerId: string | undefined;
  readonly invoiceIds: readonly string[];
  readonly parentId: string | undefined;
}

const OWN_ID: ReadonlySet<InputKind> = new Set(['customers', 'invoices', 'payments', 'credit-notes']);
const INVOICE_LISTS: ReadonlySet<InputKind> = new Set(['promises', 'history']);
const ONE_INVOICE: ReadonlySet<InputKind> = new Set([
  'payment-applications',
  'credit-note-applications',
  'disputes',
]);

/**
 * The references of a record of `kind`, given how to read one of its text fields and its invoice list.
 *
 * @internal
 */
export function rowReferences(
  kind: InputKind,
  text: (field: string) => string | undefined,
  invoiceList: () => readonly string[],
): RowReferences {
  const invoiceId = ONE_INVOICE.has(kind) ? text('invoiceId') : undefined;
  const parentField = PARENT_OF[kind]?.field;
  return {
    id: OWN_ID.has(kind) ? text('id') : undefined,
    customerId: kind === 'customers' ? undefined : text('customerId'),
    invoiceIds: INVOICE_LISTS.has(kind) ? invoiceList() : invoiceId === undefined ? [] : [invoiceId],
    parentId: parentField === undefined ? undefined : text(parentField),
  };
}
