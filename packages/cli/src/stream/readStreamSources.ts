import type { InputProblem } from '../input/InputProblem.ts';
import { createCellReaders } from './createCellReaders.ts';
import { createIdIndexBuilder, type IdIndexBuilder } from './IdIndex.ts';
import { readCsvFile } from './readCsvFile.ts';
import { readSourceRow } from './readSourceRow.ts';
import type { StreamCustomers } from './readStreamCustomers.ts';
import type { StreamFile } from './StreamFile.ts';
import { ownerKey, type StreamOwners } from './StreamOwners.ts';
import type { StreamProblems } from './StreamProblems.ts';
import type { StreamFields } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** The payments or the credit notes of a streamed run, in file order, in parallel arrays. @internal */
export interface StreamSourceTable {
  readonly kind: 'payment' | 'creditNote';
  /** Ids, first row of each; a record's position is its id's. */
  readonly ids: IdIndexBuilder;
  /** The (customer, currency) pair of each record. */
  readonly owner: number[];
  readonly amountMinor: number[];
  /** Whether the record is dated on or before `asOf`, so that it counts in the aging. */
  readonly dated: boolean[];
  /** What its applications have not yet taken, for the cap that `computeOpenItems` applies. */
  readonly left: number[];
  /** The face value of its applications so far, for core's over-application check. */
  readonly claimed: number[];
  /** The ids of invalid rows (and of records left out): their applications are not reported as unknown. */
  readonly broken: Set<string>;
}

/** Payments and credit notes with the (customer, currency) pairs they use. @internal */
export interface StreamSources extends StreamOwners {
  readonly payments: StreamSourceTable;
  readonly creditNotes: StreamSourceTable;
  /** Each pair's minor-unit digits. */
  readonly digits: readonly number[];
}

/** What {@link readStreamSources} reads. @internal */
export interface ReadStreamSourcesOptions {
  readonly payments: StreamFile | undefined;
  readonly creditNotes: StreamFile | undefined;
  readonly asOf: string;
  readonly customers: StreamCustomers;
  readonly columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly problems: StreamProblems;
  readonly onBytes?: (bytes: number) => void;
}

/**
 * Reads the payments and credit notes whole (their ids, pairs and amounts are needed to apply and
 * total the applications; memory grows with their number, a few dozen bytes each), each row checked
 * like core's `parsePayment`/`parseCreditNote`, its customer against the customers, its id for repeats.
 *
 * @param options - The files, the date and where problems go.
 * @returns The records in parallel arrays.
 * @internal
 */
export async function readStreamSources(options: ReadStreamSourcesOptions): Promise<StreamSources> {
  const keys = new Map<string, number>();
  const customerIds: string[] = [];
  const currencies: string[] = [];
  const digits: number[] = [];
  const ownerOf = (customerId: string, currency: string, scale: number): number => {
    const key = ownerKey(customerId, currency);
    let owner = keys.get(key);
    if (owner === undefined) {
      owner = customerIds.length;
      keys.set(key, owner);
      customerIds.push(customerId);
      currencies.push(currency);
      digits.push(scale);
    }
    return owner;
  };
  const payments = createTable('payment');
  const creditNotes = createTable('creditNote');
  for (const [table, file] of [
    [payments, options.payments],
    [creditNotes, options.creditNotes],
  ] as const) {
    if (file !== undefined) await readTable(table, file, options, ownerOf);
  }
  return { payments, creditNotes, customerIds, currencies, digits };
}

function createTable(kind: StreamSourceTable['kind']): StreamSourceTable {
  return {
    kind,
    ids: createIdIndexBuilder(),
    owner: [],
    amountMinor: [],
    dated: [],
    left: [],
    claimed: [],
    broken: new Set(),
  };
}

async function readTable(
  table: StreamSourceTable,
  file: StreamFile,
  options: ReadStreamSourcesOptions,
  ownerOf: (customerId: string, currency: string, digits: number) => number,
): Promise<void> {
  const { problems, customers } = options;
  const readers = createCellReaders();
  const firstRows: number[] = [];
  const noun = table.kind === 'payment' ? 'payment' : 'credit note';
  await readCsvFile(
    file,
    table.kind === 'payment' ? 'payments' : 'credit-notes',
    options.columnMap,
    problems,
    (record, row, fields) => {
      const result = readSourceRow(record, row, { kind: table.kind, file: file.label, fields, readers });
      if (!result.ok) {
        problems.rejected.push(...result.problems);
        if (result.id !== undefined) table.broken.add(result.id);
        return;
      }
      const { source } = result;
      const known = table.ids.find(source.id);
      if (known >= 0) {
        const reason = `${noun} id ${JSON.stringify(source.id)} is already used by row ${firstRows[known]}`;
        problems.rejected.push(referenceProblem(file, row, fields, 'id', source.id, reason));
        return;
      }
      if (!customers.ids.has(source.customerId)) {
        const broken = customers.broken.has(source.customerId);
        const reason = broken
          ? `left out with its customer ${JSON.stringify(source.customerId)}, which is invalid`
          : `customer ${JSON.stringify(source.customerId)} is not among the customers`;
        (broken ? problems.dependent : problems.rejected).push(
          referenceProblem(file, row, fields, 'customerId', source.customerId, reason),
        );
        table.broken.add(source.id);
        return;
      }
      table.ids.add(source.id);
      firstRows.push(row);
      table.owner.push(ownerOf(source.customerId, source.currency, source.digits));
      table.amountMinor.push(source.amountMinor);
      table.dated.push(source.date <= options.asOf);
      table.left.push(source.amountMinor);
      table.claimed.push(0);
    },
    options.onBytes,
  );
}

function referenceProblem(
  file: StreamFile,
  row: number,
  fields: StreamFields,
  field: string,
  value: string,
  reason: string,
): InputProblem {
  return streamRowProblem(file.label, row, fields.columns, field, value, 'INVALID_PORTFOLIO', reason);
}
