import type { ReceivablesErrorCode } from '@receivables/core';
import type { InputKind } from '../InputKind.ts';
import { columnOfPath } from './columnOfPath.ts';
import { describeRowLocation } from './describeRowLocation.ts';
import { referenceIndex } from './referenceIndex.ts';
import { CHILDREN_OF, PARENT_OF, type SourceRow } from './SourceRow.ts';

/**
 * The checks core cannot make because they concern how the files fit together: every instalment or
 * application row names a live invoice, payment or credit note (one that does not list its own in
 * JSON), the instalment numbers of an invoice are 1 to n when given, and every credit profile and
 * history entry names a live customer (once) and live invoices of that customer. A record that fails
 * one is marked dead with its problem. References to kinds whose file could not be read (`unread`)
 * are not judged.
 *
 * @internal
 * @returns How many records were marked dead.
 */
export function checkJoins(rows: readonly SourceRow[], unread: ReadonlySet<InputKind>): number {
  const alive = referenceIndex(rows, false);
  const instalmentsByInvoice = new Map<SourceRow, SourceRow[]>();
  const profiles = new Map<string, SourceRow>();
  let failed = 0;
  const fail = (
    row: SourceRow,
    field: string,
    value: string | undefined,
    reason: string,
    code?: ReceivablesErrorCode,
  ) => {
    const column = columnOfPath(row.location, [field]);
    row.problems.push({
      file: row.location.file,
      ...(row.location.row === undefined ? {} : { row: row.location.row }),
      ...(column === undefined ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      code: code ?? 'INVALID_PORTFOLIO',
      reason,
    });
    if (!row.dead) failed++;
    row.dead = true;
  };
  for (const row of rows) {
    if (row.dead) continue;
    const spec = PARENT_OF[row.kind];
    if (spec !== undefined && row.parent === undefined) {
      const parent = row.parentId === undefined ? undefined : alive[spec.kind].get(row.parentId);
      if (parent === undefined) {
        if (unread.has(spec.kind)) continue;
        fail(
          row,
          spec.field,
          row.parentId,
          `${spec.noun} ${JSON.stringify(row.parentId)} is not among the ${spec.kind} read`,
        );
      } else if (parent.nested) {
        const list = CHILDREN_OF[spec.kind]?.key ?? '';
        const reason = `${spec.noun} ${JSON.stringify(row.parentId)} lists its own ${list} in ${describeRowLocation(parent.location)}`;
        fail(row, spec.field, row.parentId, reason);
      } else if (row.kind === 'instalments') {
        const group = instalmentsByInvoice.get(parent) ?? [];
        group.push(row);
        instalmentsByInvoice.set(parent, group);
      }
    }
    if (row.kind !== 'credit-profiles' && row.kind !== 'history') continue;
    const customerId = row.customerId ?? '';
    if (unread.has('customers')) continue;
    if (!alive.customers.has(customerId)) {
      fail(
        row,
        'customerId',
        customerId,
        `customer ${JSON.stringify(customerId)} is not among the customers read`,
      );
      continue;
    }
    if (row.kind === 'credit-profiles') {
      const first = profiles.get(customerId);
      if (first === undefined) profiles.set(customerId, row);
      else {
        const reason = `customer ${JSON.stringify(customerId)} already has a credit profile at ${describeRowLocation(first.location)}`;
        fail(row, 'customerId', customerId, reason);
      }
      continue;
    }
    for (const invoiceId of row.invoiceIds) {
      const invoice = alive.invoices.get(invoiceId);
      if (invoice === undefined && unread.has('invoices')) continue;
      if (invoice === undefined) {
        fail(
          row,
          'invoiceIds',
          invoiceId,
          `invoice ${JSON.stringify(invoiceId)} is not among the invoices read`,
        );
      } else if (invoice.customerId !== customerId) {
        const reason = `invoice ${JSON.stringify(invoiceId)} belongs to customer ${JSON.stringify(invoice.customerId)}, not ${JSON.stringify(customerId)}`;
        fail(row, 'invoiceIds', invoiceId, reason);
      }
    }
  }
  for (const [invoice, group] of instalmentsByInvoice) checkNumbers(invoice, group, fail);
  return failed;
}

function checkNumbers(
  invoice: SourceRow,
  group: readonly SourceRow[],
  fail: (
    row: SourceRow,
    field: string,
    value: string | undefined,
    reason: string,
    code?: ReceivablesErrorCode,
  ) => void,
): void {
  if (group.every((row) => row.number === undefined)) return;
  const invoiceName = `invoice ${JSON.stringify(invoice.id)}`;
  const seen = new Map<number, SourceRow>();
  for (const row of group) {
    const { number } = row;
    if (number === undefined) {
      fail(
        row,
        'number',
        undefined,
        `the other instalment rows of ${invoiceName} are numbered: number this one too`,
        'INVALID_RECORD',
      );
      continue;
    }
    const first = seen.get(number);
    if (first !== undefined) {
      const reason = `instalment ${number} of ${invoiceName} is also at ${describeRowLocation(first.location)}`;
      fail(row, 'number', String(number), reason, 'INVALID_RECORD');
    } else if (number > group.length) {
      const reason = `${invoiceName} has ${group.length} instalment rows, so there is no instalment ${number}`;
      fail(row, 'number', String(number), reason, 'INVALID_RECORD');
    } else seen.set(number, row);
  }
}
