import { ReceivablesError } from '@receivables/core';
import type { CliIo } from '../program/CliIo.ts';
import type { CliOptions } from '../program/CliOptions.ts';
import { readCliInputs } from './_internals/readCliInputs.ts';
import type { CliInputs } from './CliInputs.ts';
import { formatInputProblem } from './formatInputProblem.ts';

const SHOWN_PROBLEMS = 20;

/**
 * Reads and validates the input files the options name: `--portfolio`, the standard files of a
 * `--data` folder (`customers.csv`, `invoices.json`, ...) and `--input kind=file`, CSV with the
 * `--map` column names or JSON. Rows become core records (instalments and applications joined to their
 * invoice, payment or credit note, `tag.<key>` columns to tags, `;` lists to arrays) and are validated
 * by core's `PortfolioSchema`, so the rules are core's; credit profiles and the reminder history are
 * checked against the portfolio. Every problem is named by file, row, column and value.
 *
 * A column the contract does not know is a problem (a misspelt header must not drop its data); under
 * `--skip-invalid` it is left unread and listed in `skipped` instead. Under `--skip-invalid` invalid rows
 * are left out, with every record that depends on them (the instalments, applications, disputes,
 * promises, credit profile and history of a skipped customer or invoice, and the invoice of a skipped
 * instalment), each listed in `skipped` with its reason; what remains is a portfolio core accepts.
 *
 * @param options - The parsed command-line options.
 * @param io - The working directory that relative paths are resolved against.
 * @returns The portfolio, credit profiles, reminder history, skipped rows and the files read.
 * @throws {ReceivablesError} `INVALID_INPUT_FILE` with every problem in `details.problems` when a file is
 *   malformed, lacks a required column or (without `--skip-invalid`) has an invalid row or an unknown
 *   column; `INPUT_NOT_FOUND` for a folder or file that does not exist or cannot be read (and for missing
 *   customers or invoices files); `INVALID_OPTION` when no input is named, `--map` names an unknown
 *   field, or `--portfolio` and ledger files are both given.
 *
 * @example
 * ```ts
 * import { loadCliInputs } from '@receivables/cli';
 * import { isReceivablesError } from '@receivables/core';
 *
 * const options = { asOf: '2026-06-30', locale: 'en', format: 'table', rates: {}, inputs: {}, columnMap: {}, skipInvalid: false, data: 'no-such-folder' } as const;
 * try {
 *   await loadCliInputs(options, { cwd: '/nowhere' });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INPUT_NOT_FOUND')); // true
 *   console.log((error as Error).message); // loadCliInputs: the --data folder "no-such-folder" does not exist or is not a folder
 * }
 * ```
 */
export async function loadCliInputs(options: CliOptions, io: Pick<CliIo, 'cwd'>): Promise<CliInputs> {
  const { inputs, problems } = await readCliInputs(options, io, 'loadCliInputs');
  if (inputs !== undefined) return inputs;
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => `  ${formatInputProblem(problem)}`);
  const more = problems.length > SHOWN_PROBLEMS ? [`  ... and ${problems.length - SHOWN_PROBLEMS} more`] : [];
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  throw new ReceivablesError(
    'INVALID_INPUT_FILE',
    [`loadCliInputs: ${count} in the input files`, ...shown, ...more].join('\n'),
    { details: { problems } },
  );
}
