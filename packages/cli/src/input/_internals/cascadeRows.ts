import type { InputProblem } from '../InputProblem.ts';
import { columnOfPath } from './columnOfPath.ts';
import { describeRowLocation } from './describeRowLocation.ts';
import { type ReferenceIndex, referenceIndex } from './referenceIndex.ts';
import { PARENT_OF, type SourceRow } from './SourceRow.ts';

/**
 * Leaves out, until nothing changes, every live record that depends on one left out: the rows of a
 * customer, invoice, payment or credit note that was left out (instalments, applications, disputes,
 * promises, credit profiles, history), and the invoice one of whose instalments was left out. Each
 * gets its own reason naming the record it depended on.
 *
 * @internal
 */
export function cascadeRows(rows: readonly SourceRow[]): void {
  for (;;) {
    const alive = referenceIndex(rows, false);
    const dead = referenceIndex(rows, true, alive);
    let changed = false;
    for (const row of rows) {
      if (row.dead) continue;
      const cause = deadDependency(row, dead);
      if (cause === undefined) continue;
      row.dead = true;
      row.cascade = cause;
      changed = true;
    }
    for (const row of rows) {
      if (!row.dead || row.kind !== 'instalments') continue;
      const invoice =
        row.parent ?? (row.parentId === undefined ? undefined : alive.invoices.get(row.parentId));
      if (invoice === undefined || invoice.dead) continue;
      invoice.dead = true;
      invoice.cascade = {
        file: invoice.location.file,
        ...(invoice.location.row === undefined ? {} : { row: invoice.location.row }),
        ...optionalColumn(columnOfPath(invoice.location, [])),
        code: 'INVALID_PORTFOLIO',
        reason: `left out because its instalment at ${describeRowLocation(row.location)} was left out`,
      };
      changed = true;
    }
    if (!changed) return;
  }
}

function deadDependency(row: SourceRow, dead: ReferenceIndex): InputProblem | undefined {
  const parentSpec = PARENT_OF[row.kind];
  if (parentSpec !== undefined && row.parent?.dead === true) {
    return leftOutWith(row, row.parent, parentSpec.noun, undefined, row.parent.id);
  }
  if (parentSpec !== undefined && row.parentId !== undefined) {
    const cause = dead[parentSpec.kind].get(row.parentId);
    if (cause !== undefined) return leftOutWith(row, cause, parentSpec.noun, parentSpec.field, row.parentId);
  }
  if (row.customerId !== undefined) {
    const cause = dead.customers.get(row.customerId);
    if (cause !== undefined) return leftOutWith(row, cause, 'customer', 'customerId', row.customerId);
  }
  const invoiceField = row.kind === 'promises' || row.kind === 'history' ? 'invoiceIds' : 'invoiceId';
  for (const invoiceId of row.invoiceIds) {
    const cause = dead.invoices.get(invoiceId);
    if (cause !== undefined) return leftOutWith(row, cause, 'invoice', invoiceField, invoiceId);
  }
  return undefined;
}

function leftOutWith(
  row: SourceRow,
  cause: SourceRow,
  noun: string,
  field: string | undefined,
  id: string | undefined,
): InputProblem {
  const named = id === undefined ? noun : `${noun} ${JSON.stringify(id)}`;
  return {
    file: row.location.file,
    ...(row.location.row === undefined ? {} : { row: row.location.row }),
    ...optionalColumn(columnOfPath(row.location, field === undefined ? [] : [field])),
    ...(id === undefined ? {} : { value: id }),
    code: 'INVALID_PORTFOLIO',
    reason: `left out because ${named} (${describeRowLocation(cause.location)}) was left out`,
  };
}

function optionalColumn(column: string | undefined): { readonly column?: string } {
  return column === undefined ? {} : { column };
}
