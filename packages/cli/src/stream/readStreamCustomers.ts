import { type Customer, parseCustomer } from '@receivables/core';
import { problemCodeOfIssue } from '../input/_internals/problemCodeOfIssue.ts';
import type { InputProblem } from '../input/InputProblem.ts';
import { customerFromRow } from '../input/rows/customerFromRow.ts';
import { readCsvFile } from './readCsvFile.ts';
import { recordProblems } from './recordProblems.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamProblems } from './StreamProblems.ts';
import { rowCellsOf, rowWidthProblem } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** The customers of a streamed run. @internal */
export interface StreamCustomers {
  /** The valid customers, first row of each id. */
  readonly customers: readonly Customer[];
  /** Their ids. */
  readonly ids: ReadonlySet<string>;
  /** The ids of invalid rows: references to them are not reported again as unknown. */
  readonly broken: ReadonlySet<string>;
}

/**
 * Reads the customers file whole (one record per customer, far fewer than invoices), each row through
 * the loader's `customerFromRow` and core's `parseCustomer`; a repeated id is a problem of the later row.
 *
 * @param file - The customers CSV file.
 * @param columnMap - `--map`.
 * @param problems - Where problems go.
 * @param onBytes - Progress.
 * @returns The customers.
 * @internal
 */
export async function readStreamCustomers(
  file: StreamFile,
  columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>,
  problems: StreamProblems,
  onBytes?: (bytes: number) => void,
): Promise<StreamCustomers> {
  const customers: Customer[] = [];
  const rows = new Map<string, number>();
  const broken = new Set<string>();
  await readCsvFile(
    file,
    'customers',
    columnMap,
    problems,
    (record, row, fields) => {
      const context = { file: file.label, columns: fields.columns };
      const cells = rowCellsOf(record, fields);
      const found: InputProblem[] = [];
      if (record.length !== fields.width)
        found.push(rowWidthProblem(file.label, row, record.length, fields.width));
      const converted = customerFromRow(cells, row, context);
      const parsed = converted.ok ? recordProblems(parseCustomer, converted.value, row, context) : converted;
      if (!parsed.ok) found.push(...parsed.problems);
      const id = cells.id?.trim();
      if (!parsed.ok || found.length > 0) {
        problems.rejected.push(...found);
        if (id !== undefined && id !== '') broken.add(id);
        return;
      }
      const customer = parsed.value;
      const first = rows.get(customer.id);
      if (first !== undefined) {
        const reason = `customer id ${JSON.stringify(customer.id)} is already used by row ${first}`;
        const code = problemCodeOfIssue('duplicate_id', 'INVALID_PORTFOLIO');
        problems.rejected.push(
          streamRowProblem(file.label, row, fields.columns, 'id', customer.id, code, reason),
        );
        return;
      }
      rows.set(customer.id, row);
      customers.push(customer);
    },
    onBytes,
  );
  return { customers, ids: new Set(rows.keys()), broken };
}
