import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReceivablesError } from '@receivables/core';
import type { CliOptions } from '../../program/CliOptions.ts';
import { invalidOption } from '../../program/invalidOption.ts';
import type { StreamFile } from '../../stream/StreamFile.ts';
import type { StreamInputs } from '../../stream/StreamInputs.ts';
import type { AgingOptions } from './AgingOptions.ts';

/**
 * An invoices CSV file larger than this is aged in stream mode without `--stream` (when it can be, and
 * unless `--no-stream` is given):
 * 32 MiB, about 500,000 invoice rows of the usual width (60 to 70 bytes). Below it the whole-file loader is fast and
 * checks more (instalment plans, JSON files, allocation of unnamed payments).
 *
 * @internal
 */
export const STREAM_THRESHOLD_BYTES: number = 32 * 1024 * 1024;

/** How `aging` runs: in memory through the loader, or streaming the CSV files. @internal */
export type AgingMode =
  | { readonly mode: 'memory'; readonly note: string | undefined }
  | {
      readonly mode: 'stream';
      readonly inputs: StreamInputs;
      readonly workers: number;
      readonly automatic: boolean;
    };

const WHERE = 'receivables aging';
const KINDS = [
  'customers',
  'invoices',
  'payments',
  'payment-applications',
  'credit-notes',
  'credit-note-applications',
  'disputes',
  'instalments',
] as const;

/**
 * Decides between the whole-file loader and stream mode: stream mode with `--stream`, or without it
 * when the invoices CSV file is larger than {@link STREAM_THRESHOLD_BYTES} and nothing stands in the
 * way (a `--portfolio` file, a JSON input, an instalments file, an `--allocation` other than `none`);
 * never with `--no-stream`. With `--stream`, any of those is an error.
 *
 * @param options - The shared options.
 * @param aging - The command's options.
 * @param cwd - What relative paths are resolved against.
 * @param parallelism - How many threads the machine runs at once (`os.availableParallelism()`).
 * @returns The mode; in stream mode the files and the number of parts.
 * @throws {ReceivablesError} `INVALID_OPTION` when `--stream` cannot be honoured; `INPUT_NOT_FOUND`
 *   when stream mode lacks the customers or invoices file.
 * @internal
 */
export function resolveAgingMode(
  options: CliOptions,
  aging: AgingOptions,
  cwd: string,
  parallelism: number,
): AgingMode {
  if (aging.stream === 'never') return { mode: 'memory', note: undefined };
  const found = new Map<string, StreamFile>();
  const obstacles: string[] = [];
  if (options.portfolio !== undefined)
    obstacles.push(`--portfolio ${options.portfolio} is one JSON document`);
  if (aging.allocation !== undefined && aging.allocation !== 'none') {
    obstacles.push(`--allocation ${aging.allocation} needs every payment in memory`);
  }
  for (const kind of KINDS) {
    const file = locate(kind, options, cwd);
    if (file === undefined) continue;
    if (typeof file === 'string') {
      obstacles.push(file);
      continue;
    }
    if (kind === 'instalments') {
      obstacles.push(`${file.label}: stream mode ages every invoice as one instalment due on its due date`);
      continue;
    }
    if (!file.label.toLowerCase().endsWith('.csv')) {
      obstacles.push(`${file.label} is not a CSV file`);
      continue;
    }
    found.set(kind, file);
  }
  const invoices = found.get('invoices');
  const size = invoices !== undefined && existsSync(invoices.path) ? statSync(invoices.path).size : 0;
  const large = size > STREAM_THRESHOLD_BYTES;
  const asked = aging.stream === 'always';
  if (!asked && !large) return { mode: 'memory', note: undefined };
  if (!asked && obstacles.length > 0) {
    const note = `${invoices?.label ?? 'the invoices file'} is ${mebibytes(size)} MiB, but it is aged in memory: ${obstacles.join('; ')}`;
    return { mode: 'memory', note };
  }
  if (obstacles.length > 0) {
    throw invalidOption(WHERE, '--stream', undefined, `cannot be used here: ${obstacles.join('; ')}`);
  }
  const customers = required('customers', found);
  const inputs: StreamInputs = {
    customers,
    invoices: required('invoices', found),
    ...optional('payments', 'payments', found),
    ...optional('paymentApplications', 'payment-applications', found),
    ...optional('creditNotes', 'credit-notes', found),
    ...optional('creditNoteApplications', 'credit-note-applications', found),
    ...optional('disputes', 'disputes', found),
  };
  const workers = aging.workers ?? (large ? Math.max(1, Math.min(2, parallelism)) : 1);
  return { mode: 'stream', inputs, workers, automatic: !asked };
}

/** The file of a kind, `undefined` when there is none, or why it cannot be streamed. */
function locate(kind: string, options: CliOptions, cwd: string): StreamFile | string | undefined {
  const named = options.inputs[kind];
  if (named !== undefined) return { path: resolve(cwd, named), label: named };
  if (options.data === undefined) return undefined;
  const csv = join(options.data, `${kind}.csv`);
  const json = join(options.data, `${kind}.json`);
  const hasCsv = existsSync(resolve(cwd, csv));
  const hasJson = existsSync(resolve(cwd, json));
  if (hasCsv && hasJson) return `${options.data} holds both ${kind}.csv and ${kind}.json`;
  if (hasJson) return `${json} is not a CSV file`;
  return hasCsv ? { path: resolve(cwd, csv), label: csv } : undefined;
}

function required(kind: string, found: ReadonlyMap<string, StreamFile>): StreamFile {
  const file = found.get(kind);
  if (file !== undefined && existsSync(file.path)) return file;
  const where = file?.label ?? `a ${kind}.csv file (--data or --input ${kind}=file)`;
  throw new ReceivablesError('INPUT_NOT_FOUND', `${WHERE}: the ${kind} file is missing: ${where}`, {
    details: { kind, ...(file === undefined ? {} : { file: file.label }) },
  });
}

function optional<K extends string>(
  key: K,
  kind: string,
  found: ReadonlyMap<string, StreamFile>,
): { [P in K]?: StreamFile } {
  const file = found.get(kind);
  if (file === undefined) return {};
  if (!existsSync(file.path)) {
    throw new ReceivablesError('INPUT_NOT_FOUND', `${WHERE}: the ${kind} file ${file.label} does not exist`, {
      details: { kind, file: file.label },
    });
  }
  return { [key]: file } as { [P in K]?: StreamFile };
}

function mebibytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
