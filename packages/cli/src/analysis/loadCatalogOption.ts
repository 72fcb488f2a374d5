import type { ScriptCatalog } from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';
import { loadCatalogFile } from '../input/loadCatalogFile.ts';
import type { CliIo } from '../program/CliIo.ts';
import type { CliOptions } from '../program/CliOptions.ts';

/**
 * The script catalog of the run: the default one, extended with the file `--catalog` names (see
 * `loadCatalogFile`).
 *
 * @internal
 * @throws {ReceivablesError} `INPUT_NOT_FOUND`, or `INVALID_INPUT_FILE` listing every problem.
 */
export async function loadCatalogOption(options: CliOptions, io: CliIo): Promise<ScriptCatalog> {
  return options.catalog === undefined ? defaultScriptCatalog : loadCatalogFile(options.catalog, io);
}
