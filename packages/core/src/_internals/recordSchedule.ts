import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { InstalmentRole } from '../records/InstalmentRole.ts';
import type { Instalment } from '../records/Invoice.ts';
import type { RecordInstalmentDraft } from './recordInstalmentSchema.ts';

/**
 * An invoice's validated schedule: numbered from 1, each with its role (given, or by position), or a
 * single final instalment of the whole amount when the invoice has no schedule; empty only when the
 * invoice has neither instalments nor a due date.
 *
 * @internal
 */
export function recordSchedule(
  drafts: readonly RecordInstalmentDraft[] | undefined,
  dueDate: IsoDate | undefined,
  amount: Decimal,
): Instalment[] {
  if (drafts === undefined) {
    return dueDate === undefined ? [] : [{ index: 1, dueDate, amount, role: 'final' }];
  }
  return drafts.map((draft, position) => ({
    index: position + 1,
    dueDate: draft.dueDate,
    amount: draft.amount,
    role: draft.role ?? roleByPosition(position, drafts.length),
  }));
}

function roleByPosition(position: number, count: number): InstalmentRole {
  if (position === count - 1) return 'final';
  return position === 0 ? 'first' : 'middle';
}
