import * as z from 'zod';
import { recordPositiveAmountSchema } from '../_internals/recordPositiveAmountSchema.ts';
import { recordRules } from '../_internals/recordRules.ts';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import { recordTooPrecise } from '../_internals/recordTooPrecise.ts';
import { CurrencyCodeSchema } from './CurrencyCodeSchema.ts';
import { IsoDateSchema } from './IsoDateSchema.ts';
import type { PromiseToPay, PromiseToPayInput } from './PromiseToPay.ts';

/**
 * The zod schema of a {@link PromiseToPay}: a positive amount within the currency's decimals, a
 * promised date not before the day the promise was made, `invoiceIds` (`[]`, the customer's balance,
 * when absent) and `status` (`'open'` when absent). Issue codes: `amount_not_positive`, `too_precise`,
 * `promised_before_made`, plus the field codes and zod's own. Whether the invoices exist and belong to
 * the customer is checked by {@link parsePortfolio}.
 *
 * @example
 * ```ts
 * import { PromiseToPaySchema } from '@receivables/core';
 *
 * const promise = PromiseToPaySchema.parse({
 *   id: 'PTP1',
 *   customerId: 'C1',
 *   madeOn: '2026-05-06',
 *   promisedDate: '2026-05-20',
 *   amount: 600,
 *   currency: 'CNY',
 * });
 * console.log(promise.status, promise.invoiceIds); // open []
 * ```
 */
export const PromiseToPaySchema: z.ZodType<PromiseToPay, PromiseToPayInput> = z
  .strictObject({
    id: recordTextSchema,
    customerId: recordTextSchema,
    invoiceIds: z.array(recordTextSchema).optional(),
    madeOn: IsoDateSchema,
    promisedDate: IsoDateSchema,
    amount: recordPositiveAmountSchema,
    currency: CurrencyCodeSchema,
    status: z.enum(['open', 'kept', 'broken']).optional(),
  })
  .check(
    recordRules((rule) => {
      const madeOn = rule.valid('madeOn');
      const promisedDate = rule.valid('promisedDate');
      if (madeOn !== undefined && promisedDate !== undefined && promisedDate < madeOn) {
        const message = `promised date ${promisedDate} is before the day the promise was made, ${madeOn}`;
        rule.report('promised_before_made', message, promisedDate, ['promisedDate']);
      }
      const amount = rule.valid('amount');
      const currency = rule.valid('currency');
      if (amount === undefined || currency === undefined) return;
      const reason = recordTooPrecise(amount, currency);
      if (reason !== undefined) rule.report('too_precise', reason, amount.toString(), ['amount']);
    }),
  )
  .transform(
    (input): PromiseToPay => ({
      id: input.id,
      customerId: input.customerId,
      invoiceIds: input.invoiceIds ?? [],
      madeOn: input.madeOn,
      promisedDate: input.promisedDate,
      amount: input.amount,
      currency: input.currency,
      status: input.status ?? 'open',
    }),
  );
