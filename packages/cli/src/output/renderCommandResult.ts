import type { CommandResult } from '../program/CliCommand.ts';
import type { RenderOptions } from './RenderOptions.ts';
import { renderCsv } from './renderCsv.ts';
import { renderJson } from './renderJson.ts';
import { renderMarkdown } from './renderMarkdown.ts';
import { renderTables } from './renderTables.ts';

/**
 * Renders what a command returned in the requested format, as the text the program writes to standard
 * output or to `--out`:
 *
 * | format | what is printed |
 * |---|---|
 * | `table` | every table with its title and notes, drawn with box characters, numbers right-aligned |
 * | `md` | every table as a GitHub Markdown table under a `##` title, pipes escaped, notes as a list |
 * | `csv` | the first table only, RFC 4180 quoting, a header row of the column keys |
 * | `json` | the result's `json`, indented by 2 spaces, object keys sorted |
 *
 * A result with a `document` (the HTML report) is written as it is in every format but `json`.
 *
 * @param result - What the command returned.
 * @param options - The format, and whether `table` output may use colours.
 * @returns The text to write, ending with a newline unless it is empty.
 *
 * @example
 * ```ts
 * import { renderCommandResult } from '@receivables/cli';
 *
 * const result = {
 *   tables: [
 *     {
 *       id: 'balances',
 *       title: 'Balances',
 *       columns: [
 *         { key: 'customer', label: 'Customer' },
 *         { key: 'balance', label: 'Balance', align: 'right' as const },
 *       ],
 *       rows: [{ customer: 'Hengda | East', balance: '1200.00' }],
 *     },
 *   ],
 *   json: { balances: [{ customer: 'Hengda | East', balance: '1200.00' }] },
 * };
 * console.log(renderCommandResult(result, { format: 'csv' }).split('\n')); // ["customer,balance","Hengda | East,1200.00",""]
 * console.log(renderCommandResult(result, { format: 'md' }).split('\n')[4]); // | Hengda \| East | 1200.00 |
 * ```
 */
export function renderCommandResult(result: CommandResult, options: RenderOptions): string {
  if (options.format === 'json') return renderJson(result.json);
  if (result.document !== undefined) return result.document;
  switch (options.format) {
    case 'md':
      return renderMarkdown(result.tables);
    case 'csv':
      return result.tables[0] === undefined ? '' : renderCsv(result.tables[0]);
    default:
      return renderTables(result.tables, { colors: options.colors ?? false });
  }
}
