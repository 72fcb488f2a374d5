import { ReceivablesError } from '@receivables/core';
import { escapeHtml } from './escapeHtml.ts';

/** Attribute names of the form `data-…` in lower case, the only ones charts carry from their data. */
const DATA_NAME = /^data-[a-z][a-z0-9-]*$/;

/**
 * Prints `data-*` attributes (each preceded by a space) with escaped values, in the order given.
 *
 * @param attributes - Attribute names and values.
 * @returns The attribute text, e.g. ` data-bucket="d1to30" data-amount="12.50"`.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a name that is not a lower-case `data-` name.
 * @internal
 */
export function dataAttributes(attributes: Readonly<Record<string, string>>): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!DATA_NAME.test(name)) {
      throw new ReceivablesError(
        'INVALID_ARGUMENT',
        `renderReport: chart attribute ${JSON.stringify(name)} is not a lower-case data- attribute name`,
        { details: { name } },
      );
    }
    text += ` ${name}="${escapeHtml(value)}"`;
  }
  return text;
}
