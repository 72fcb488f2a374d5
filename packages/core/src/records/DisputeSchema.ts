import * as z from 'zod';
import { recordInstalmentNumberSchema } from '../_internals/recordInstalmentNumberSchema.ts';
import { recordPositiveAmountSchema } from '../_internals/recordPositiveAmountSchema.ts';
import { recordRules } from '../_internals/recordRules.ts';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import type { Dispute, DisputeInput } from './Dispute.ts';
import { IsoDateSchema } from './IsoDateSchema.ts';

/**
 * The zod schema of a {@link Dispute}: a positive amount, an optional 1-based instalment number, and a
 * resolution date, when there is one, not before the opening date. Issue codes: `amount_not_positive`,
 * `invalid_instalment_number`, `resolved_before_opened`, plus the field codes and zod's own. The
 * invoice, the amount against it and its currency's decimals are checked by {@link parsePortfolio}.
 *
 * @example
 * ```ts
 * import { DisputeSchema } from '@receivables/core';
 *
 * const dispute = DisputeSchema.parse({
 *   id: 'D1',
 *   customerId: 'C1',
 *   invoiceId: 'INV-1',
 *   instalment: 3,
 *   openedOn: '2026-05-02',
 *   amount: '100.00',
 * });
 * console.log('resolvedOn' in dispute, dispute.instalment); // false 3
 * ```
 */
export const DisputeSchema: z.ZodType<Dispute, DisputeInput> = z
  .strictObject({
    id: recordTextSchema,
    customerId: recordTextSchema,
    invoiceId: recordTextSchema,
    instalment: recordInstalmentNumberSchema.optional(),
    openedOn: IsoDateSchema,
    resolvedOn: IsoDateSchema.optional(),
    amount: recordPositiveAmountSchema,
    reason: recordTextSchema.optional(),
  })
  .check(
    recordRules((rule) => {
      const openedOn = rule.valid('openedOn');
      const resolvedOn = rule.valid('resolvedOn');
      if (openedOn === undefined || resolvedOn === undefined || resolvedOn >= openedOn) return;
      const message = `resolved on ${resolvedOn}, before the dispute was opened on ${openedOn}`;
      rule.report('resolved_before_opened', message, resolvedOn, ['resolvedOn']);
    }),
  )
  .transform(
    (input): Dispute => ({
      id: input.id,
      customerId: input.customerId,
      invoiceId: input.invoiceId,
      ...(input.instalment === undefined ? {} : { instalment: input.instalment }),
      openedOn: input.openedOn,
      ...(input.resolvedOn === undefined ? {} : { resolvedOn: input.resolvedOn }),
      amount: input.amount,
      ...(input.reason === undefined ? {} : { reason: input.reason }),
    }),
  );
