import { closeSync, openSync, statSync } from 'node:fs';
import {
  type AgingAccumulator,
  addUnappliedCredit,
  createAgingAccumulator,
  mergeAgingAccumulators,
} from '@receivables/aging';
import { type Customer, ReceivablesError } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import type { AppliedTable } from './AppliedTable.ts';
import { checkApplicationRows } from './checkApplicationRows.ts';
import { addExact, createExactSums, exactTotal } from './ExactSums.ts';
import { fileByteSource } from './fileByteSource.ts';
import { findRepeatedInvoices } from './findRepeatedInvoices.ts';
import type { InvoiceCheck, InvoiceRangeResult } from './InvoiceRangeResult.ts';
import type { InvoiceRangeTask } from './InvoiceRangeTask.ts';
import type { LineRange } from './LineRange.ts';
import { csvSyntaxProblem, emptyFile } from './readCsvFile.ts';
import { readCsvHeader } from './readCsvHeader.ts';
import { readStreamApplications } from './readStreamApplications.ts';
import { readStreamCustomers, type StreamCustomers } from './readStreamCustomers.ts';
import { readStreamDisputes, type StreamDisputes } from './readStreamDisputes.ts';
import { readStreamSources, type StreamSources } from './readStreamSources.ts';
import { runInvoiceRanges } from './runInvoiceRanges.ts';
import type { StreamAgingOptions, StreamAgingPhase } from './StreamAgingOptions.ts';
import type { StreamAgingResult } from './StreamAgingResult.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamInputs } from './StreamInputs.ts';
import type { StreamProblems } from './StreamProblems.ts';
import { splitLineRanges } from './splitLineRanges.ts';
import { streamFields } from './streamFields.ts';

/** At most this many passes: each further one leaves out rows the previous found invalid too late. */
const MAX_PASSES = 20;

/**
 * Ages the invoices of CSV files without holding them: the customers, payments, credit notes and
 * disputes are read whole (they are far fewer), the applications into a compact table by invoice id,
 * then the invoices file is streamed row by row, split at line boundaries into `workers` byte ranges
 * aged in parallel worker threads, whose accumulators are merged. Unapplied cash is what each
 * customer's payments and credit notes dated by `asOf` leave after their applications. The result
 * equals `ageReceivables` on the same data with the allocation `none` and every invoice as one
 * instalment due on its due date.
 *
 * Problems are found and reported like the whole-file loader's: every row checked by core's rules and
 * against the records it names, with file, row, column, value and reason. Without `skipInvalid` any
 * problem fails the run (with all of them); with it, the rows are left out. Two kinds of problem only
 * show once the whole invoices file has been read (a repeated invoice id, an application that takes an
 * invoice over its amount): under `skipInvalid` the run is repeated without those rows.
 *
 * A cut between ranges that falls inside a quoted field (a line break inside quotes) is detected by
 * the quote count before it; the file is then read again in one pass.
 *
 * @param inputs - The CSV files.
 * @param options - The accumulator settings, `--map`, `--skip-invalid`, the number of parts, progress.
 * @returns The accumulator, the rows left out and what happened.
 * @throws {ReceivablesError} `INVALID_INPUT_FILE` with `details.problems` listing every problem;
 *   what `createAgingAccumulator` throws for bad settings; the file system's error for an unreadable file.
 * @internal
 */
export async function streamAging(
  inputs: StreamInputs,
  options: StreamAgingOptions,
): Promise<StreamAgingResult> {
  const { settings, columnMap } = options;
  const files = [
    inputs.customers,
    inputs.payments,
    inputs.creditNotes,
    inputs.paymentApplications,
    inputs.creditNoteApplications,
    inputs.disputes,
    inputs.invoices,
  ].filter((file): file is StreamFile => file !== undefined);
  const total = files.reduce((sum, file) => sum + statSync(file.path).size, 0);
  let done = 0;
  const onBytes = (bytes: number): void => {
    done = Math.min(total, done + bytes);
    options.onProgress?.(done, total);
  };
  const base: StreamProblems = { rejected: [], dependent: [] };
  let clock = performance.now();
  const phase = (name: StreamAgingPhase): void => {
    const now = performance.now();
    options.onPhase?.(name, now - clock);
    clock = now;
  };
  const customers = await readStreamCustomers(inputs.customers, columnMap, base, onBytes);
  const sources = await readStreamSources({
    payments: inputs.payments,
    creditNotes: inputs.creditNotes,
    asOf: settings.asOf,
    customers,
    columnMap,
    problems: base,
    onBytes,
  });
  const disputes: StreamDisputes =
    inputs.disputes === undefined
      ? { byInvoice: new Map(), columns: {} }
      : await readStreamDisputes(inputs.disputes, settings.asOf, customers, columnMap, base, onBytes);
  phase('ledger');
  const header = readCsvHeader(inputs.invoices.path);
  if (header.columns.length === 0) {
    const problem =
      header.error === undefined
        ? emptyFile(inputs.invoices)
        : csvSyntaxProblem(inputs.invoices, 1, header.error);
    fail([...base.rejected, problem]);
  }
  const fields = streamFields('invoices', header.columns, inputs.invoices.label, columnMap);
  if (fields.fatal.length > 0) fail([...base.rejected, ...fields.fatal, ...fields.ignored]);
  base.rejected.push(...fields.ignored);
  const body = { start: header.bodyStart, end: header.size };
  const threads = options.threads ?? true;
  let ranges = splitRanges(inputs.invoices, body, options.workers);
  let fellBack = false;
  let offsets: readonly number[] = [1];
  const exclusions = new Map<string, Set<number>>();
  const late: InputProblem[] = [];
  for (let passes = 1; ; passes++) {
    const pass: StreamProblems = { rejected: [], dependent: [] };
    resetSources(sources);
    const applied = await readStreamApplications({
      paymentApplications: inputs.paymentApplications,
      creditNoteApplications: inputs.creditNoteApplications,
      sources,
      columnMap,
      exclusions,
      problems: pass,
      shared: threads && ranges.length > 1,
      onBytes,
    });
    const tasks = ranges.map((range) =>
      rangeTask(inputs, range, header.columns, options, customers, sources, applied, disputes),
    );
    const excluded = exclusions.get(inputs.invoices.label);
    phase('applications');
    let results = await runInvoiceRanges(withExclusions(tasks, excluded, offsets), threads, onBytes);
    if (results.length > 1 && !cutsAreSafe(results)) {
      // A cut fell inside a quoted field: the parts' rows are meaningless. Read the file in one pass.
      fellBack = true;
      ranges = [body];
      applied.seen.fill(0);
      results = await runInvoiceRanges([{ ...tasks[0]!, range: body }], threads, onBytes);
    }
    offsets = rowOffsets(results);
    collectRangeProblems(results, offsets, inputs.invoices, pass);
    const checks = new Map<string, InvoiceCheck>();
    results.forEach((result, part) => {
      for (const check of result.checks)
        checks.set(check.invoiceId, { ...check, row: check.row + offsets[part]! });
    });
    unknownDisputedInvoices(results, disputes, inputs.disputes, pass);
    phase('invoices');
    const newlyLate = [
      ...(await findRepeatedInvoices(inputs.invoices, body, fields, ...joinedHashes(results, offsets))),
    ];
    if (checks.size > 0 || hasUnseen(applied)) {
      newlyLate.push(
        ...(await checkApplicationRows({
          paymentApplications: inputs.paymentApplications,
          creditNoteApplications: inputs.creditNoteApplications,
          sources,
          applied,
          checks,
          columnMap,
          exclusions,
          problems: pass,
        })),
      );
    }
    phase('checks');
    if (options.skipInvalid && newlyLate.length > 0 && passes < MAX_PASSES) {
      for (const problem of newlyLate) {
        let rows = exclusions.get(problem.file);
        if (rows === undefined) {
          rows = new Set();
          exclusions.set(problem.file, rows);
        }
        rows.add(problem.row ?? 0);
      }
      late.push(...newlyLate);
      continue;
    }
    const rejected = [...base.rejected, ...pass.rejected, ...late, ...newlyLate];
    if (!options.skipInvalid && rejected.length > 0) fail(rejected);
    return {
      accumulator: withUnapplied(mergedAccumulator(results, options, customers), sources, results, options),
      skipped: options.skipInvalid ? sortedProblems([...rejected, ...base.dependent, ...pass.dependent]) : [],
      parts: results.length,
      fellBack,
      invoices: results.reduce((sum, result) => sum + result.invoices, 0),
      openItems: results.reduce((sum, result) => sum + result.openItems, 0),
    };
  }
}

function fail(problems: readonly InputProblem[]): never {
  const sorted = sortedProblems(problems);
  throw new ReceivablesError(
    'INVALID_INPUT_FILE',
    `aging --stream: ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the input files`,
    { details: { problems: sorted } },
  );
}

function sortedProblems(problems: readonly InputProblem[]): InputProblem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.row ?? 0) - (b.row ?? 0),
  );
}

function splitRanges(file: StreamFile, body: LineRange, parts: number): LineRange[] {
  if (parts <= 1) return [body];
  const descriptor = openSync(file.path, 'r');
  try {
    return splitLineRanges(fileByteSource(descriptor), body.start, body.end, parts);
  } finally {
    closeSync(descriptor);
  }
}

/** Applications are read afresh on every pass: what each record has left starts again from its amount. */
function resetSources(sources: StreamSources): void {
  for (const table of [sources.payments, sources.creditNotes]) {
    table.amountMinor.forEach((amount, position) => {
      table.left[position] = amount;
      table.claimed[position] = 0;
    });
  }
}

function rangeTask(
  inputs: StreamInputs,
  range: LineRange,
  header: readonly string[],
  options: StreamAgingOptions,
  customers: StreamCustomers,
  sources: StreamSources,
  applied: AppliedTable,
  disputes: StreamDisputes,
): InvoiceRangeTask {
  return {
    file: inputs.invoices,
    range,
    header,
    columnMap: options.columnMap,
    settings: options.settings,
    customers: groupingCustomers(customers.customers, options),
    brokenCustomers: [...customers.broken],
    owners: { customerIds: sources.customerIds, currencies: sources.currencies },
    applied,
    disputes,
    disputesFile: inputs.disputes?.label,
    excludedRows: [],
  };
}

function groupingCustomers(customers: readonly Customer[], options: StreamAgingOptions): Customer[] {
  const tagsOf = options.customerTags;
  return customers.map((customer) => ({
    id: customer.id,
    name: customer.name,
    tags: tagsOf === undefined ? customer.tags : tagsOf(customer),
  }));
}

/** Each part's excluded rows, from the file rows and the row offsets of the previous pass (same parts). */
function withExclusions(
  tasks: readonly InvoiceRangeTask[],
  excluded: ReadonlySet<number> | undefined,
  offsets: readonly number[],
): InvoiceRangeTask[] {
  if (excluded === undefined || excluded.size === 0) return [...tasks];
  return tasks.map((task, part) => {
    const from = offsets[part] ?? 1;
    const to = offsets[part + 1] ?? Number.POSITIVE_INFINITY;
    const rows = [...excluded].filter((row) => row > from && row <= to).map((row) => row - from);
    return { ...task, excludedRows: rows };
  });
}

/** Each cut must follow an even number of quote characters, or it fell inside a quoted field. */
function cutsAreSafe(results: readonly InvoiceRangeResult[]): boolean {
  let quotes = 0;
  for (const result of results) {
    if (quotes % 2 !== 0 || result.syntaxError !== undefined) return false;
    quotes += result.quotes;
  }
  return true;
}

/** The file row before each part's first row (the header is row 1), and after the last part. */
function rowOffsets(results: readonly InvoiceRangeResult[]): number[] {
  const offsets = [1];
  for (const result of results) offsets.push(offsets[offsets.length - 1]! + result.rows);
  return offsets;
}

function collectRangeProblems(
  results: readonly InvoiceRangeResult[],
  offsets: readonly number[],
  invoices: StreamFile,
  pass: StreamProblems,
): void {
  results.forEach((result, part) => {
    const shift = (problem: InputProblem): InputProblem => ({
      ...problem,
      row: (problem.row ?? 0) + offsets[part]!,
    });
    pass.rejected.push(...result.rejected.map(shift), ...result.disputeProblems);
    pass.dependent.push(...result.dependent.map(shift));
    if (result.syntaxError !== undefined) {
      pass.rejected.push({
        file: invoices.label,
        row: result.syntaxError.row + offsets[part]!,
        code: 'INVALID_INPUT_FILE',
        reason: `not valid CSV: ${result.syntaxError.message}`,
      });
    }
  });
}

/** Disputes naming an invoice no row has: unknown, or left out with an invalid invoice row. */
function unknownDisputedInvoices(
  results: readonly InvoiceRangeResult[],
  disputes: StreamDisputes,
  file: StreamFile | undefined,
  pass: StreamProblems,
): void {
  if (file === undefined || disputes.byInvoice.size === 0) return;
  const states = new Map<string, number>();
  for (const result of results) {
    for (const [id, state] of result.disputedInvoices) states.set(id, Math.min(states.get(id) ?? 2, state));
  }
  for (const [invoiceId, claims] of disputes.byInvoice) {
    const state = states.get(invoiceId);
    if (state === 1) continue;
    for (const claim of claims) {
      const problem: InputProblem = {
        file: file.label,
        row: claim.row,
        column: disputes.columns.invoiceId ?? 'invoiceId',
        value: invoiceId,
        code: 'INVALID_PORTFOLIO',
        reason:
          state === undefined
            ? `invoice ${JSON.stringify(invoiceId)} is not among the invoices`
            : `left out with its invoice ${JSON.stringify(invoiceId)}, which is invalid`,
      };
      (state === undefined ? pass.rejected : pass.dependent).push(problem);
    }
  }
}

function joinedHashes(
  results: readonly InvoiceRangeResult[],
  offsets: readonly number[],
): [Float64Array, Float64Array] {
  const count = results.reduce((sum, result) => sum + result.hashes.length, 0);
  const hashes = new Float64Array(count);
  const rows = new Float64Array(count);
  let at = 0;
  results.forEach((result, part) => {
    hashes.set(result.hashes, at);
    for (let index = 0; index < result.hashRows.length; index++)
      rows[at + index] = result.hashRows[index]! + offsets[part]!;
    at += result.hashes.length;
  });
  return [hashes, rows];
}

function hasUnseen(applied: AppliedTable): boolean {
  return applied.seen.some((state) => state !== 1);
}

function mergedAccumulator(
  results: readonly InvoiceRangeResult[],
  options: StreamAgingOptions,
  customers: StreamCustomers,
): AgingAccumulator {
  let merged = createAgingAccumulator({
    ...options.settings,
    customers: groupingCustomers(customers.customers, options),
  });
  for (const result of results) merged = mergeAgingAccumulators(merged, result.accumulator);
  return merged;
}

/** Unapplied cash per (customer, currency): what the records dated by `asOf` received, less what invoices took. */
function withUnapplied(
  accumulator: AgingAccumulator,
  sources: StreamSources,
  results: readonly InvoiceRangeResult[],
  options: StreamAgingOptions,
): AgingAccumulator {
  const owners = sources.customerIds.length;
  const received = createExactSums(owners);
  for (const table of [sources.payments, sources.creditNotes]) {
    table.amountMinor.forEach((amount, position) => {
      if (table.dated[position]) addExact(received, table.owner[position]!, amount);
    });
  }
  for (let owner = 0; owner < owners; owner++) {
    let unapplied = exactTotal(received, owner);
    for (const result of results) unapplied -= exactTotal(result.taken, owner);
    while (unapplied > 0n) {
      const part = unapplied > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(unapplied);
      addUnappliedCredit(accumulator, {
        customerId: sources.customerIds[owner]!,
        currency: sources.currencies[owner]!,
        source: 'payment',
        sourceId: 'unapplied',
        date: options.settings.asOf,
        amountMinor: part,
      });
      unapplied -= BigInt(part);
    }
  }
  return accumulator;
}
