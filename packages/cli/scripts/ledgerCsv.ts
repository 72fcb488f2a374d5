import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { ApplicationInput, InvoiceInput, PortfolioInput } from '@receivables/core';
import { stringify } from 'csv-stringify/sync';

/**
 * The ledger kinds written, with their columns (the input contract's), in file order. Customers get
 * the generator's two tags as `tag.region` and `tag.salesperson`.
 */
const COLUMNS = {
  customers: ['id', 'name', 'group', 'onboardedOn', 'tag.region', 'tag.salesperson'],
  invoices: ['id', 'customerId', 'currency', 'issueDate', 'dueDate', 'amount', 'reference'],
  payments: ['id', 'customerId', 'currency', 'date', 'amount', 'reference'],
  'payment-applications': ['paymentId', 'invoiceId', 'instalment', 'amount'],
  'credit-notes': ['id', 'customerId', 'currency', 'date', 'amount', 'reason'],
  'credit-note-applications': ['creditNoteId', 'invoiceId', 'instalment', 'amount'],
  disputes: ['id', 'customerId', 'invoiceId', 'instalment', 'openedOn', 'resolvedOn', 'amount', 'reason'],
} as const;

type Kind = keyof typeof COLUMNS;

/** Writes ledgers as the CSV files of a `--data` folder, in as many chunks as wanted. */
export interface LedgerCsvWriter {
  /** Appends a portfolio's records (already flattened, see `flattenPortfolioInput`). */
  readonly write: (portfolio: PortfolioInput) => Promise<void>;
  /** Ends every file. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the CSV files of a ledger in `folder` (which must exist), each with its header: customers,
 * invoices, payments, payment applications, credit notes, credit-note applications and disputes.
 * Records are appended chunk by chunk, so a large ledger never sits in memory whole; writing waits for
 * the disk when its buffers are full.
 *
 * @param folder - The data folder.
 * @returns The writer.
 */
export function openLedgerCsv(folder: string): LedgerCsvWriter {
  const streams = new Map<Kind, WriteStream>();
  for (const kind of Object.keys(COLUMNS) as Kind[]) {
    const stream = createWriteStream(join(folder, `${kind}.csv`));
    stream.write(stringify([COLUMNS[kind]]));
    streams.set(kind, stream);
  }
  const put = async (kind: Kind, rows: readonly (readonly unknown[])[]): Promise<void> => {
    if (rows.length === 0) return;
    const stream = streams.get(kind)!;
    if (!stream.write(stringify(rows as unknown[][]))) await once(stream, 'drain');
  };
  return {
    async write(portfolio) {
      await put(
        'customers',
        (portfolio.customers ?? []).map((c) => [
          c.id,
          c.name,
          c.group ?? '',
          c.onboardedOn ?? '',
          c.tags?.region ?? '',
          c.tags?.salesperson ?? '',
        ]),
      );
      await put(
        'invoices',
        (portfolio.invoices ?? []).map((i) => [
          i.id,
          i.customerId,
          i.currency,
          i.issueDate,
          i.dueDate ?? '',
          String(i.amount),
          i.reference ?? '',
        ]),
      );
      for (const [kind, list, applicationKind] of [
        ['payments', portfolio.payments ?? [], 'payment-applications'],
        ['credit-notes', portfolio.creditNotes ?? [], 'credit-note-applications'],
      ] as const) {
        await put(
          kind,
          list.map((record) => [
            record.id,
            record.customerId,
            record.currency,
            record.date,
            String(record.amount),
            ('reference' in record ? record.reference : 'reason' in record ? record.reason : undefined) ?? '',
          ]),
        );
        await put(
          applicationKind,
          list.flatMap((record) =>
            (record.applications ?? []).map((application) => [
              record.id,
              application.invoiceId,
              application.instalment === undefined ? '' : String(application.instalment),
              String(application.amount),
            ]),
          ),
        );
      }
      await put(
        'disputes',
        (portfolio.disputes ?? []).map((d) => [
          d.id,
          d.customerId,
          d.invoiceId,
          d.instalment === undefined ? '' : String(d.instalment),
          d.openedOn,
          d.resolvedOn ?? '',
          String(d.amount),
          d.reason ?? '',
        ]),
      );
    },
    async close() {
      await Promise.all(
        [...streams.values()].map((stream) => {
          stream.end();
          return once(stream, 'finish');
        }),
      );
    },
  };
}

/**
 * A generated portfolio as stream mode reads it: every invoice one instalment due on its due date (an
 * instalment plan is folded into its invoice), so applications and disputes naming an instalment of a
 * folded plan name the invoice instead; ids (customers, invoices, payments, credit notes, disputes) get
 * `prefix`, so that chunks generated with different seeds never share an id. Promises are left out.
 *
 * @param portfolio - From `generatePortfolioInput`.
 * @param prefix - Put before every id. @defaultValue `''`
 * @returns The flattened portfolio.
 */
export function flattenPortfolioInput(portfolio: PortfolioInput, prefix = ''): PortfolioInput {
  const id = (value: string): string => `${prefix}${value}`;
  const single = new Set(
    (portfolio.invoices ?? [])
      .filter((invoice) => (invoice.instalments?.length ?? 1) <= 1)
      .map((invoice) => invoice.id),
  );
  const instalmentOf = (invoiceId: string, instalment: number | undefined): { instalment?: number } =>
    instalment !== undefined && single.has(invoiceId) ? { instalment } : {};
  const applications = (list: readonly ApplicationInput[] | undefined): ApplicationInput[] =>
    (list ?? []).map((application) => ({
      invoiceId: id(application.invoiceId),
      ...instalmentOf(application.invoiceId, application.instalment),
      amount: application.amount,
    }));
  return {
    customers: (portfolio.customers ?? []).map((customer) => ({ ...customer, id: id(customer.id) })),
    invoices: (portfolio.invoices ?? []).map((invoice): InvoiceInput => {
      const { instalments, ...rest } = invoice;
      const last = instalments?.[instalments.length - 1];
      return {
        ...rest,
        id: id(invoice.id),
        customerId: id(invoice.customerId),
        dueDate: invoice.dueDate ?? last?.dueDate,
      };
    }),
    payments: (portfolio.payments ?? []).map((payment) => ({
      ...payment,
      id: id(payment.id),
      customerId: id(payment.customerId),
      applications: applications(payment.applications),
    })),
    creditNotes: (portfolio.creditNotes ?? []).map((note) => ({
      ...note,
      id: id(note.id),
      customerId: id(note.customerId),
      applications: applications(note.applications),
    })),
    disputes: (portfolio.disputes ?? []).map((dispute) => {
      const { instalment, ...rest } = dispute;
      return {
        ...rest,
        id: id(dispute.id),
        customerId: id(dispute.customerId),
        invoiceId: id(dispute.invoiceId),
        ...instalmentOf(dispute.invoiceId, instalment),
      };
    }),
  };
}
