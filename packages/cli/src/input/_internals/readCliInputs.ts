import { readFile } from 'node:fs/promises';
import { describeValue, ReceivablesError } from '@receivables/core';
import type { ReminderHistory } from '@receivables/reminder-policy';
import type { CliIo } from '../../program/CliIo.ts';
import type { CliOptions } from '../../program/CliOptions.ts';
import type { CliInputs } from '../CliInputs.ts';
import type { CreditProfile } from '../CreditProfile.ts';
import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import type { HistoryEntry } from '../rows/HistoryEntry.ts';
import { checkColumnMap } from './checkColumnMap.ts';
import type { FileRows } from './FileRows.ts';
import { findInputFiles, type InputFile } from './findInputFiles.ts';
import { readCsvRows } from './readCsvRows.ts';
import { readJsonRows } from './readJsonRows.ts';
import { readPortfolioRows } from './readPortfolioRows.ts';
import type { SourceRow } from './SourceRow.ts';
import { settleRows } from './settleRows.ts';

const LEDGER_KINDS: readonly InputKind[] = [
  'customers',
  'invoices',
  'instalments',
  'payments',
  'payment-applications',
  'credit-notes',
  'credit-note-applications',
  'disputes',
  'promises',
];

/** What one input file held. @internal */
export interface InputFileSummary {
  readonly file: string;
  readonly kind: InputKind | 'portfolio';
  readonly records: number;
}

/** Everything read from the input files, usable or not. @internal */
export interface ReadCliInputsResult {
  /** The inputs, when they can be used: no problem at all, or (with `--skip-invalid`) only rows to leave out. */
  readonly inputs: CliInputs | undefined;
  /** Without `--skip-invalid` or when the inputs cannot be used: every problem; otherwise what was skipped. */
  readonly problems: readonly InputProblem[];
  readonly files: readonly InputFileSummary[];
}

/**
 * Reads, joins and validates the input files, collecting every problem of every file instead of
 * stopping at the first; {@link loadCliInputs} and the `validate` command build on it.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` for a bad `--map` or contradicting inputs;
 *   `INPUT_NOT_FOUND` for files or folders that are not there or cannot be read.
 */
export async function readCliInputs(
  options: CliOptions,
  io: Pick<CliIo, 'cwd'>,
  api: string,
): Promise<ReadCliInputsResult> {
  checkColumnMap(options.columnMap, api);
  const found = await findInputFiles(options, io.cwd, api);
  const texts = await readTexts(found.files, api);
  const serial = { next: 0 };
  const read = found.files.map((file, index): FileRows => {
    const text = texts[index] ?? '';
    if (file.kind === 'portfolio') return readPortfolioRows(file.name, index, text, serial);
    if (file.format === 'json') return readJsonRows(file.kind, file.name, index, text, serial);
    return readCsvRows(file.kind, file.name, index, text, options.columnMap[file.kind], serial);
  });
  const rows = read.flatMap((file) => file.rows);
  const unread = new Set(found.undecided);
  found.files.forEach((file, index) => {
    if ((read[index]?.fatal.length ?? 0) === 0) return;
    for (const kind of file.kind === 'portfolio' ? LEDGER_KINDS : [file.kind]) unread.add(kind);
  });
  const { portfolio, unplaced } = settleRows(rows, options.skipInvalid, unread);
  const fatal = [...found.problems, ...read.flatMap((file) => file.fatal), ...unplaced];
  const files = found.files.map((file, index) => ({
    file: file.name,
    kind: file.kind,
    records: read[index]?.records ?? 0,
  }));
  const usable = portfolio !== undefined && fatal.length === 0;
  if (options.skipInvalid && usable) {
    const skipped = listProblems(read, rows, true);
    return { inputs: cliInputs(portfolio, rows, skipped, found.files), problems: skipped, files };
  }
  const problems = [...found.problems, ...listProblems(read, rows, false), ...unplaced];
  if (usable && problems.length === 0) {
    return { inputs: cliInputs(portfolio, rows, [], found.files), problems, files };
  }
  return { inputs: undefined, problems, files };
}

async function readTexts(files: readonly InputFile[], api: string): Promise<string[]> {
  const unreadable: { readonly file: string; readonly reason: string }[] = [];
  const texts = await Promise.all(
    files.map(async (file) => {
      try {
        return await readFile(file.path, 'utf8');
      } catch (error) {
        unreadable.push({
          file: file.name,
          reason: `${describeValue(file.name)} cannot be read: ${(error as Error).message}`,
        });
        return '';
      }
    }),
  );
  if (unreadable.length > 0) {
    throw new ReceivablesError(
      'INPUT_NOT_FOUND',
      `${api}: ${unreadable.map((entry) => entry.reason).join('; ')}`,
      {
        details: { file: unreadable[0]?.file, missing: unreadable },
      },
    );
  }
  return texts;
}

/** The problems in file order: each file's own, then its rows' (with why dependents were left out, when asked). */
function listProblems(
  read: readonly FileRows[],
  rows: readonly SourceRow[],
  withCascades: boolean,
): InputProblem[] {
  const byFile = read.map((file): InputProblem[] => [...file.fatal, ...file.ignored]);
  for (const row of rows) {
    const list = byFile[row.fileIndex];
    if (list === undefined) continue;
    list.push(...row.problems);
    if (withCascades && row.cascade !== undefined && row.problems.length === 0) list.push(row.cascade);
  }
  return byFile.flat();
}

function cliInputs(
  portfolio: NonNullable<ReturnType<typeof settleRows>['portfolio']>,
  rows: readonly SourceRow[],
  skipped: readonly InputProblem[],
  files: readonly InputFile[],
): CliInputs {
  const creditProfiles = new Map<string, CreditProfile>();
  const actions: NonNullable<ReminderHistory['actions']>[number][] = [];
  const acknowledgements: NonNullable<ReminderHistory['acknowledgements']>[number][] = [];
  const deliveredDemands: NonNullable<ReminderHistory['deliveredDemands']>[number][] = [];
  let hasHistory = false;
  for (const row of rows) {
    if (row.kind === 'history') hasHistory = true;
    if (row.dead) continue;
    if (row.kind === 'credit-profiles') {
      const profile = row.value as CreditProfile;
      creditProfiles.set(profile.customerId, profile);
    } else if (row.kind === 'history') {
      const { kind, ...event } = row.value as HistoryEntry;
      if (kind === 'action') actions.push(event as (typeof actions)[number]);
      else (kind === 'acknowledgement' ? acknowledgements : deliveredDemands).push(event);
    }
  }
  const history: ReminderHistory =
    hasHistory || files.some((file) => file.kind === 'history')
      ? { actions, acknowledgements, deliveredDemands }
      : {};
  return { portfolio, creditProfiles, history, skipped, files: files.map((file) => file.name) };
}
