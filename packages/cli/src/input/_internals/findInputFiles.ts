import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeValue, ReceivablesError } from '@receivables/core';
import type { CliOptions } from '../../program/CliOptions.ts';
import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import { inputColumns } from '../inputColumns.ts';
import { LIST_OF } from './SourceRow.ts';

/** An input file to read: its kind, its name as the user gave (or `--data` implied) it, and its format. @internal */
export interface InputFile {
  readonly kind: InputKind | 'portfolio';
  readonly name: string;
  readonly path: string;
  readonly format: 'csv' | 'json';
}

const KINDS = Object.keys(inputColumns) as InputKind[];
const LEDGER_KINDS: ReadonlySet<string> = new Set([
  ...Object.keys(LIST_OF),
  'instalments',
  'payment-applications',
  'credit-note-applications',
]);
const REQUIRED: readonly InputKind[] = ['customers', 'invoices'];

/**
 * Finds the input files the options name: `--portfolio`, the standard names in `--data`
 * (`<kind>.csv` or `<kind>.json`), and `--input kind=file`, which adds a kind or replaces the one found in
 * `--data`. A file is JSON when its name ends in `.json`, CSV otherwise.
 *
 * @internal
 * @returns The files, `--portfolio` first, then by kind in the contract's order; and the problem of a
 *   `--data` folder holding both `<kind>.csv` and `<kind>.json`, whose kind is `undecided` (not read).
 * @throws {ReceivablesError} `INVALID_OPTION` when no input is named, an `--input` kind is unknown, or
 *   `--portfolio` and a ledger file are both given; `INPUT_NOT_FOUND` naming every folder or file that
 *   does not exist (or the required customers and invoices files that are not there), each as
 *   `{ file, reason }` in `details.missing`.
 */
export async function findInputFiles(
  options: CliOptions,
  cwd: string,
  api: string,
): Promise<{
  readonly files: readonly InputFile[];
  readonly problems: readonly InputProblem[];
  readonly undecided: ReadonlySet<InputKind>;
}> {
  const { data, portfolio, inputs } = options;
  const unknownKinds = Object.keys(inputs).filter((kind) => !KINDS.includes(kind as InputKind));
  if (unknownKinds.length > 0) {
    throw invalidOption(
      `${api}: --input names the unknown kind ${unknownKinds.map((kind) => describeValue(kind)).join(', ')}; the kinds are ${KINDS.join(', ')}`,
    );
  }
  if (data === undefined && portfolio === undefined && Object.keys(inputs).length === 0) {
    throw invalidOption(
      `${api}: no input files: give --data <folder>, --portfolio <file> or --input <kind>=<file>`,
    );
  }
  const missing: { readonly file: string; readonly reason: string }[] = [];
  const problems: InputProblem[] = [];
  const byKind = new Map<InputKind, InputFile>();
  const undecided = new Set<InputKind>();
  if (data !== undefined) {
    const names = await folderNames(resolve(cwd, data));
    if (names === undefined) {
      missing.push({
        file: data,
        reason: `the --data folder ${describeValue(data)} does not exist or is not a folder`,
      });
    }
    for (const kind of names === undefined ? [] : KINDS) {
      if (Object.hasOwn(inputs, kind)) continue;
      const csv = names?.has(`${kind}.csv`) === true;
      const json = names?.has(`${kind}.json`) === true;
      if (csv && json) {
        undecided.add(kind);
        const reason = `${describeValue(data)} holds both ${kind}.csv and ${kind}.json: keep one of them`;
        problems.push({ file: join(data, `${kind}.csv`), code: 'INVALID_INPUT_FILE', reason });
      } else if (csv || json) {
        const name = join(data, `${kind}.${csv ? 'csv' : 'json'}`);
        byKind.set(kind, { kind, name, path: resolve(cwd, name), format: csv ? 'csv' : 'json' });
      }
    }
  }
  for (const [kind, name] of Object.entries(inputs)) {
    if (!(await isFile(resolve(cwd, name)))) {
      missing.push({ file: name, reason: `the ${kind} file ${describeValue(name)} does not exist` });
    }
    byKind.set(kind as InputKind, {
      kind: kind as InputKind,
      name,
      path: resolve(cwd, name),
      format: formatOf(name),
    });
  }
  const files: InputFile[] = [];
  if (portfolio !== undefined) {
    const ledger = [...byKind.values()].filter((file) => LEDGER_KINDS.has(file.kind));
    if (ledger.length > 0) {
      const names = ledger.map((file) => file.name).join(', ');
      throw invalidOption(
        `${api}: --portfolio ${describeValue(portfolio)} gives the ledger, so ${names} would be a second source for it: give one or the other`,
      );
    }
    if (!(await isFile(resolve(cwd, portfolio)))) {
      missing.push({
        file: portfolio,
        reason: `the --portfolio file ${describeValue(portfolio)} does not exist`,
      });
    }
    files.push({ kind: 'portfolio', name: portfolio, path: resolve(cwd, portfolio), format: 'json' });
  } else if (data === undefined || missing.length === 0) {
    for (const kind of REQUIRED) {
      if (byKind.has(kind) || undecided.has(kind)) continue;
      missing.push(
        data === undefined
          ? {
              file: `${kind}.csv`,
              reason: `no ${kind} file: give --input ${kind}=<file> (or --data <folder>)`,
            }
          : {
              file: join(data, `${kind}.csv`),
              reason: `no ${kind} file: ${describeValue(data)} holds neither ${kind}.csv nor ${kind}.json`,
            },
      );
    }
  }
  if (missing.length > 0) {
    const reasons = missing.map((entry) => entry.reason);
    throw new ReceivablesError('INPUT_NOT_FOUND', `${api}: ${reasons.join('; ')}`, {
      details: { file: missing[0]?.file, missing },
    });
  }
  for (const kind of KINDS) {
    const file = byKind.get(kind);
    if (file !== undefined) files.push(file);
  }
  return { files, problems, undecided };
}

function formatOf(name: string): 'csv' | 'json' {
  return /\.json$/i.test(name) ? 'json' : 'csv';
}

function invalidOption(message: string): ReceivablesError {
  return new ReceivablesError('INVALID_OPTION', message);
}

async function folderNames(path: string): Promise<ReadonlySet<string> | undefined> {
  try {
    if (!(await stat(path)).isDirectory()) return undefined;
    return new Set(await readdir(path));
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
