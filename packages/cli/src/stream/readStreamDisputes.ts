import { parseDispute } from '@receivables/core';
import type { InputProblem } from '../input/InputProblem.ts';
import { disputeFromRow } from '../input/rows/disputeFromRow.ts';
import { readCsvFile } from './readCsvFile.ts';
import type { StreamCustomers } from './readStreamCustomers.ts';
import { recordProblems } from './recordProblems.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamProblems } from './StreamProblems.ts';
import { rowCellsOf, rowWidthProblem } from './streamFields.ts';
import { streamRowProblem } from './streamRowProblem.ts';

/** A valid dispute as the invoice readers check and count it. @internal */
export interface DisputeClaim {
  readonly row: number;
  readonly id: string;
  readonly customerId: string;
  readonly instalment: number | undefined;
  /** The amount as a decimal text: its minor units depend on the invoice's currency. */
  readonly amount: string;
  /** Whether it is open as of the date: opened by then and not resolved by then. */
  readonly open: boolean;
}

/** The disputes of a streamed run by invoice id, with the file's column names. @internal */
export interface StreamDisputes {
  readonly byInvoice: Map<string, DisputeClaim[]>;
  /** The column each field is read from, for problems found later. */
  readonly columns: Readonly<Record<string, string>>;
}

/**
 * Reads the disputes file whole (disputes are few), each row through core's `parseDispute`, its
 * customer against the customers and its id for repeats; the rest of core's checks (the invoice exists,
 * belongs to the customer, has the instalment, is not exceeded) need the invoice and are made by the
 * invoice readers.
 *
 * @param file - The disputes CSV file.
 * @param asOf - The aging date.
 * @param customers - The customers.
 * @param columnMap - `--map`.
 * @param problems - Where problems go.
 * @param onBytes - Progress.
 * @returns The disputes by invoice.
 * @internal
 */
export async function readStreamDisputes(
  file: StreamFile,
  asOf: string,
  customers: StreamCustomers,
  columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>,
  problems: StreamProblems,
  onBytes?: (bytes: number) => void,
): Promise<StreamDisputes> {
  const byInvoice = new Map<string, DisputeClaim[]>();
  const rows = new Map<string, number>();
  let columns: Readonly<Record<string, string>> = {};
  await readCsvFile(
    file,
    'disputes',
    columnMap,
    problems,
    (record, row, fields) => {
      columns = fields.columns;
      const context = { file: file.label, columns: fields.columns };
      const found: InputProblem[] = [];
      if (record.length !== fields.width)
        found.push(rowWidthProblem(file.label, row, record.length, fields.width));
      const converted = disputeFromRow(rowCellsOf(record, fields), row, context);
      const parsed = converted.ok ? recordProblems(parseDispute, converted.value, row, context) : converted;
      if (!parsed.ok) found.push(...parsed.problems);
      if (!parsed.ok || found.length > 0) {
        problems.rejected.push(...found);
        return;
      }
      const dispute = parsed.value;
      const problem = (field: string, value: string, reason: string): InputProblem =>
        streamRowProblem(file.label, row, fields.columns, field, value, 'INVALID_PORTFOLIO', reason);
      const first = rows.get(dispute.id);
      if (first !== undefined) {
        problems.rejected.push(
          problem(
            'id',
            dispute.id,
            `dispute id ${JSON.stringify(dispute.id)} is already used by row ${first}`,
          ),
        );
        return;
      }
      rows.set(dispute.id, row);
      if (!customers.ids.has(dispute.customerId)) {
        if (customers.broken.has(dispute.customerId)) {
          const reason = `left out with its customer ${JSON.stringify(dispute.customerId)}, which is invalid`;
          problems.dependent.push(problem('customerId', dispute.customerId, reason));
        } else {
          const reason = `customer ${JSON.stringify(dispute.customerId)} is not among the customers`;
          problems.rejected.push(problem('customerId', dispute.customerId, reason));
        }
        return;
      }
      const claim: DisputeClaim = {
        row,
        id: dispute.id,
        customerId: dispute.customerId,
        instalment: dispute.instalment,
        amount: dispute.amount.toString(),
        open: dispute.openedOn <= asOf && (dispute.resolvedOn === undefined || dispute.resolvedOn > asOf),
      };
      const claims = byInvoice.get(dispute.invoiceId);
      if (claims === undefined) byInvoice.set(dispute.invoiceId, [claim]);
      else claims.push(claim);
    },
    onBytes,
  );
  return { byInvoice, columns };
}
