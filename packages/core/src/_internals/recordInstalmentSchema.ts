import type { Decimal } from 'decimal.js';
import * as z from 'zod';
import type { IsoDate } from '../dates/IsoDate.ts';
import type { InstalmentRole } from '../records/InstalmentRole.ts';
import type { InstalmentInput } from '../records/Invoice.ts';
import { IsoDateSchema } from '../records/IsoDateSchema.ts';
import { recordPositiveAmountSchema } from './recordPositiveAmountSchema.ts';

/** An instalment as its own schema leaves it; the invoice adds its number and, when absent, its role. @internal */
export interface RecordInstalmentDraft {
  readonly dueDate: IsoDate;
  readonly amount: Decimal;
  readonly role?: InstalmentRole | undefined;
}

/** @internal */
export const recordInstalmentRoleSchema: z.ZodType<InstalmentRole, InstalmentRole> = z.enum([
  'first',
  'middle',
  'final',
]);

/**
 * One instalment of an invoice's schedule, before the invoice numbers it.
 *
 * @internal
 */
export const recordInstalmentSchema: z.ZodType<RecordInstalmentDraft, InstalmentInput> = z.strictObject({
  dueDate: IsoDateSchema,
  amount: recordPositiveAmountSchema,
  role: recordInstalmentRoleSchema.optional(),
});
