import type { Scorecard } from '@receivables/credit-scoring';
import { loadScorecardFile } from '../input/loadScorecardFile.ts';
import type { CliIo } from '../program/CliIo.ts';
import type { CliOptions } from '../program/CliOptions.ts';

/**
 * The scorecard `--scorecard` names (see `loadScorecardFile`); `undefined` without the option, for
 * the seven-item scorecard.
 *
 * @internal
 * @throws {ReceivablesError} `INPUT_NOT_FOUND`, or `INVALID_INPUT_FILE` listing every problem.
 */
export async function loadScorecardOption(options: CliOptions, io: CliIo): Promise<Scorecard | undefined> {
  return options.scorecard === undefined ? undefined : loadScorecardFile(options.scorecard, io);
}
