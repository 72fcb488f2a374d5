import { addOpenItem, createAgingAccumulator } from '@receivables/aging';
import {
  currencyMinorUnits,
  isReceivablesError,
  type ReceivablesErrorCode,
  toMinorUnits,
} from '@receivables/core';
import { problemCodeOfIssue } from '../input/_internals/problemCodeOfIssue.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import { MIXED_OWNERS, NAMES_OTHER_INSTALMENT } from './AppliedTable.ts';
import { createCellReaders } from './createCellReaders.ts';
import { addExact, createExactSums } from './ExactSums.ts';
import { hashInvoiceId } from './hashInvoiceId.ts';
import { findId } from './IdIndex.ts';
import type { InvoiceCheck, InvoiceRangeResult } from './InvoiceRangeResult.ts';
import type { InvoiceRangeTask } from './InvoiceRangeTask.ts';
import { minorText } from './minorText.ts';
import { CsvRangeSyntaxError, readCsvRange } from './readCsvRange.ts';
import { invoiceCellIndexes, readInvoiceRow, type StreamInvoice } from './readInvoiceRow.ts';
import type { DisputeClaim } from './readStreamDisputes.ts';
import { ownerKey } from './StreamOwners.ts';
import { isBlankRecord, streamFields } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/**
 * Ages one byte range of the invoices file into a fresh accumulator, row by row, without keeping the
 * rows: each valid invoice becomes one open item (its amount less what applications from its customer
 * and currency apply by `asOf`, at most its amount), disputed as far as open disputes claim it. This is
 * what `computeOpenItems` gives an invoice of one instalment under the allocation `none`. Along the way
 * it checks each invoice row (core's rules, its customer) and the disputes of the invoice (customer,
 * instalment, amount), and notes invoices whose applications need a check row by row.
 *
 * The same function runs in the main thread and in each worker thread.
 *
 * @param task - The range and everything the rows are checked and applied against.
 * @param onBytes - Progress: called with the size of each chunk read.
 * @returns The accumulator and what the range found.
 * @internal
 */
export async function ageInvoiceRange(
  task: InvoiceRangeTask,
  onBytes?: (bytes: number) => void,
): Promise<InvoiceRangeResult> {
  const { settings, applied, disputes } = task;
  const accumulator = createAgingAccumulator({ ...settings, customers: task.customers });
  const fields = streamFields('invoices', task.header, task.file.label, task.columnMap);
  const context = {
    file: task.file.label,
    fields,
    readers: createCellReaders(),
    at: invoiceCellIndexes(fields),
  };
  const customerIds = new Set(task.customers.map((customer) => customer.id));
  const brokenCustomers = new Set(task.brokenCustomers);
  const owners = new Map(
    task.owners.customerIds.map((id, index) => [ownerKey(id, task.owners.currencies[index]!), index]),
  );
  const excluded = new Set(task.excludedRows);
  const taken = createExactSums(task.owners.customerIds.length);
  const rejected: InputProblem[] = [];
  const dependent: InputProblem[] = [];
  const disputeProblems: InputProblem[] = [];
  const checks: InvoiceCheck[] = [];
  const disputedInvoices = new Map<string, number>();
  let hashes: Float64Array<ArrayBuffer> = new Float64Array(1 << 14);
  let hashRows: Float64Array<ArrayBuffer> = new Float64Array(1 << 14);
  let hashCount = 0;
  let invoices = 0;
  let openItems = 0;

  const markSeen = (id: string, state: 1 | 2): void => {
    const entry = applied.ids.count === 0 ? -1 : findId(applied.ids, id);
    if (entry >= 0) {
      if (state === 1) Atomics.store(applied.seen, entry, 1);
      else Atomics.compareExchange(applied.seen, entry, 0, 2);
    }
    if (disputes.byInvoice.has(id) && (disputedInvoices.get(id) ?? 2) === 2) disputedInvoices.set(id, state);
  };

  /** What the invoice's own customer and currency apply to it; notes it when its applications need a check. */
  const appliedTo = (invoice: StreamInvoice, row: number, owner: number): number => {
    const entry = applied.ids.count === 0 ? -1 : findId(applied.ids, invoice.id);
    if (entry < 0) return 0;
    const pair = applied.owner[entry]!;
    let appliedMinor = 0;
    let claimedMinor = 0;
    let mismatch = false;
    if (pair === MIXED_OWNERS) {
      const share = applied.mixed.get(entry)?.find((candidate) => candidate.owner === owner);
      appliedMinor = share?.applied ?? 0;
      claimedMinor = share?.claimed ?? 0;
      mismatch = true;
    } else if (pair === owner) {
      appliedMinor = applied.applied[entry]!;
      claimedMinor = applied.claimed[entry]!;
    } else mismatch = true;
    const otherInstalment = (applied.flags[entry]! & NAMES_OTHER_INSTALMENT) !== 0;
    if (mismatch || otherInstalment || claimedMinor > invoice.amountMinor) {
      const { id: invoiceId, customerId, currency, amountMinor } = invoice;
      checks.push({ invoiceId, row, customerId, currency, amountMinor });
    }
    return appliedMinor;
  };

  /** One dispute checked against its invoice (core's rules): its minor units, or `undefined` after a problem. */
  const checkDispute = (invoice: StreamInvoice, claim: DisputeClaim): number | undefined => {
    const fail = (field: string, value: string, code: ReceivablesErrorCode, reason: string): undefined => {
      const file = task.disputesFile ?? 'disputes';
      disputeProblems.push(streamRowProblem(file, claim.row, disputes.columns, field, value, code, reason));
      return undefined;
    };
    const name = JSON.stringify(invoice.id);
    const portfolio = problemCodeOfIssue('customer_mismatch', 'INVALID_PORTFOLIO');
    if (claim.customerId !== invoice.customerId) {
      const reason = `invoice ${name} belongs to customer ${JSON.stringify(invoice.customerId)}, not ${JSON.stringify(claim.customerId)}`;
      return fail('invoiceId', invoice.id, portfolio, reason);
    }
    if (claim.instalment !== undefined && claim.instalment !== 1) {
      const reason = `invoice ${name} has 1 instalment, so there is no instalment ${claim.instalment}`;
      return fail('instalment', String(claim.instalment), portfolio, reason);
    }
    let minor: number;
    try {
      minor = toMinorUnits(claim.amount, invoice.currency);
    } catch (error) {
      if (!isReceivablesError(error)) throw error;
      return fail(
        'amount',
        claim.amount,
        error.code,
        `${error.message} (invoice ${name} is in ${invoice.currency})`,
      );
    }
    if (minor > invoice.amountMinor) {
      const whole = minorText(invoice.amountMinor, invoice.currency, currencyMinorUnits(invoice.currency));
      const reason = `the disputed ${claim.amount} is more than invoice ${name}, ${whole}`;
      return fail('amount', claim.amount, portfolio, reason);
    }
    return minor;
  };

  /** What the open disputes of the invoice claim, each checked against the invoice. */
  const disputedOn = (invoice: StreamInvoice): number => {
    const claims = disputes.byInvoice.get(invoice.id);
    if (claims === undefined) return 0;
    let claimed = 0;
    for (const claim of claims) {
      const minor = checkDispute(invoice, claim);
      if (minor !== undefined && claim.open) claimed = Math.min(claimed + minor, Number.MAX_SAFE_INTEGER);
    }
    return claimed;
  };

  const onRecord = (record: string[], row: number): void => {
    if (excluded.has(row) || isBlankRecord(record)) return;
    const result = readInvoiceRow(record, row, context);
    if (!result.ok) {
      rejected.push(...result.problems);
      if (result.id !== undefined) markSeen(result.id, 2);
      return;
    }
    const { invoice } = result;
    // Every row core accepts takes part in the search for repeated ids, as in parsePortfolio.
    if (hashCount === hashes.length) {
      hashes = grown(hashes);
      hashRows = grown(hashRows);
    }
    hashes[hashCount] = hashInvoiceId(invoice.id);
    hashRows[hashCount++] = row;
    if (!customerIds.has(invoice.customerId)) {
      const broken = brokenCustomers.has(invoice.customerId);
      const reason = broken
        ? `left out with its customer ${JSON.stringify(invoice.customerId)}, which is invalid`
        : `customer ${JSON.stringify(invoice.customerId)} is not among the customers`;
      const problem = streamRowProblem(
        task.file.label,
        row,
        fields.columns,
        'customerId',
        invoice.customerId,
        'INVALID_PORTFOLIO',
        reason,
      );
      (broken ? dependent : rejected).push(problem);
      markSeen(invoice.id, 2);
      return;
    }
    invoices++;
    markSeen(invoice.id, 1);
    const owner = owners.get(ownerKey(invoice.customerId, invoice.currency)) ?? -1;
    const appliedMinor = appliedTo(invoice, row, owner);
    const disputedMinor = disputedOn(invoice);
    if (invoice.issueDate > settings.asOf) return;
    const takenMinor = Math.min(invoice.amountMinor, appliedMinor);
    if (takenMinor > 0) addExact(taken, owner, takenMinor);
    const openMinor = invoice.amountMinor - takenMinor;
    if (openMinor <= 0) return;
    addOpenItem(accumulator, {
      customerId: invoice.customerId,
      invoiceId: invoice.id,
      instalment: 1,
      role: 'final',
      currency: invoice.currency,
      documentDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      originalMinor: invoice.amountMinor,
      openMinor,
      disputedMinor: Math.min(disputedMinor, openMinor),
    });
    openItems++;
  };

  let summary = { rows: 0, quotes: 0 };
  let syntaxError: InvoiceRangeResult['syntaxError'];
  try {
    summary = await readCsvRange(
      task.file.path,
      { start: task.range.start, end: task.range.end, ...(onBytes === undefined ? {} : { onBytes }) },
      onRecord,
    );
  } catch (error) {
    if (!(error instanceof CsvRangeSyntaxError)) throw error;
    syntaxError = { message: error.message, row: error.problem.row };
    summary = { rows: error.problem.row, quotes: error.quotes };
  }
  return {
    accumulator,
    taken,
    rejected,
    dependent,
    disputeProblems,
    checks,
    disputedInvoices: [...disputedInvoices],
    hashes: hashes.slice(0, hashCount),
    hashRows: hashRows.slice(0, hashCount),
    rows: summary.rows,
    quotes: summary.quotes,
    syntaxError,
    invoices,
    openItems,
  };
}

function grown(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
