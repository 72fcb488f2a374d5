import type { Customer, InstalmentRole, IsoDate, PromiseStatus } from '@receivables/core';

/**
 * The generator's records, generic in how amounts (`A`) and instalments (`I`) are written, so one
 * builder produces both the validated `Portfolio` (Decimal amounts, numbered instalments) and the
 * JSON-friendly `PortfolioInput` (decimal strings).
 */

/** @internal */
export interface SyntheticApplication<A> {
  readonly invoiceId: string;
  readonly instalment?: number;
  readonly amount: A;
}

/** @internal */
export interface SyntheticInvoice<A, I> {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly issueDate: IsoDate;
  readonly dueDate: IsoDate;
  readonly amount: A;
  readonly instalments: readonly I[];
}

/** @internal */
export interface SyntheticMoney<A> {
  readonly id: string;
  readonly customerId: string;
  readonly currency: string;
  readonly date: IsoDate;
  readonly amount: A;
  readonly applications: readonly SyntheticApplication<A>[];
}

/** @internal */
export interface SyntheticCreditNote<A> extends SyntheticMoney<A> {
  readonly reason: string;
}

/** @internal */
export interface SyntheticDispute<A> {
  readonly id: string;
  readonly customerId: string;
  readonly invoiceId: string;
  readonly instalment?: number;
  readonly openedOn: IsoDate;
  readonly resolvedOn?: IsoDate;
  readonly amount: A;
  readonly reason: string;
}

/** @internal */
export interface SyntheticPromise<A> {
  readonly id: string;
  readonly customerId: string;
  readonly invoiceIds: readonly string[];
  readonly madeOn: IsoDate;
  readonly promisedDate: IsoDate;
  readonly amount: A;
  readonly currency: string;
  readonly status: PromiseStatus;
}

/** @internal */
export interface SyntheticPortfolio<A, I> {
  readonly customers: readonly Customer[];
  readonly invoices: readonly SyntheticInvoice<A, I>[];
  readonly payments: readonly SyntheticMoney<A>[];
  readonly creditNotes: readonly SyntheticCreditNote<A>[];
  readonly disputes: readonly SyntheticDispute<A>[];
  readonly promises: readonly SyntheticPromise<A>[];
}

/** How the builder writes amounts and instalments. @internal */
export interface RecordWriter<A, I> {
  /** Writes `minor` minor units of a currency with `scale` decimals. */
  readonly amount: (minor: number, scale: number) => A;
  /** Writes the instalment at 1-based `index`. */
  readonly instalment: (index: number, dueDate: IsoDate, amount: A, role: InstalmentRole) => I;
}
