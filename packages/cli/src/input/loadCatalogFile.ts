import {
  type CatalogAdditions,
  type ExtendCatalogOptions,
  extendCatalog,
  type ScriptCatalog,
} from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';
import type { CliIo } from '../program/CliIo.ts';
import { catalogDocumentPath } from './_internals/catalogDocumentPath.ts';
import { invalidDocument } from './_internals/invalidDocument.ts';
import { readJsonDocument } from './_internals/readJsonDocument.ts';

/**
 * Reads a script catalog file (`--catalog`) and extends the default catalog with it through
 * script-catalog's `extendCatalog`. The file holds the additions (`templates`, `locales`, `lintRules`,
 * `excuses`, `fit`, `defaultLocale`) and, when it replaces entries of the default catalog, a `replace`
 * object naming them (`{ "replace": { "templates": ["..."] } }`).
 *
 * @param file - The file, relative to `io.cwd` unless absolute.
 * @param io - The working directory.
 * @returns The default catalog extended by the file.
 * @throws {ReceivablesError} `INPUT_NOT_FOUND` when the file does not exist or cannot be read;
 *   `INVALID_INPUT_FILE` when it is not valid JSON or its additions are invalid: one problem per issue
 *   in `details.problems`, `column` the JSON path in the file (`templates[0].body`), `code`
 *   `INVALID_CATALOG`, the `INVALID_CATALOG` error as `cause`.
 *
 * @example
 * ```ts
 * import { loadCatalogFile } from '@receivables/cli';
 * import { isReceivablesError } from '@receivables/core';
 *
 * try {
 *   await loadCatalogFile('no-such-catalog.json', { cwd: '/nowhere' });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INPUT_NOT_FOUND')); // true
 * }
 * ```
 */
export async function loadCatalogFile(file: string, io: Pick<CliIo, 'cwd'>): Promise<ScriptCatalog> {
  const document = await readJsonDocument(file, io, 'loadCatalogFile', 'script catalog');
  const { replace, ...additions } = document;
  try {
    const options = (replace === undefined ? {} : { replace }) as ExtendCatalogOptions;
    return extendCatalog(defaultScriptCatalog, additions as CatalogAdditions, options);
  } catch (error) {
    throw invalidDocument(error, file, document, 'loadCatalogFile', 'script catalog', (path) =>
      catalogDocumentPath(path, defaultScriptCatalog, document),
    );
  }
}
