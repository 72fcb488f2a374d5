import { AmountSchema, addValidationIssue, CurrencyCodeSchema, describeValue } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import * as z from 'zod';
import type { CreditProfile } from '../CreditProfile.ts';

/** Text that says something: ids must not be blank. @internal */
export const visibleTextSchema: z.ZodType<string, string> = z.string().superRefine((value, ctx) => {
  if (!/\S/.test(value)) addValidationIssue(ctx, 'blank_text', `${describeValue(value)} is blank`, value);
});

type NumberRule = 'any' | 'notNegative' | 'share' | 'count';

const RULES: Readonly<
  Record<NumberRule, { readonly test: (value: number) => boolean; readonly wanted: string }>
> = {
  any: { test: () => true, wanted: '' },
  notNegative: { test: (value) => value >= 0, wanted: 'a number, 0 or more' },
  share: { test: (value) => value >= 0 && value <= 1, wanted: 'a share from 0 to 1 (0.95 for 95%)' },
  count: { test: (value) => Number.isSafeInteger(value) && value >= 0, wanted: 'a whole number, 0 or more' },
};

const numberSchema = (rule: NumberRule): z.ZodType<number, number> =>
  z.number().superRefine((value, ctx) => {
    const { test, wanted } = RULES[rule];
    if (!test(value)) addValidationIssue(ctx, 'out_of_range', `${value} is not ${wanted}`, value);
  });

const amountSchema = (notNegative: boolean): z.ZodType<Decimal, unknown> =>
  AmountSchema.superRefine((amount, ctx) => {
    if (notNegative && amount.isNegative()) {
      addValidationIssue(ctx, 'amount_negative', `${amount.toString()} is negative: write 0 or more`, amount);
    }
  }) as z.ZodType<Decimal, unknown>;

/**
 * A credit profile as the input contract defines it: finite numbers (ratios not negative, `onTimeRatio`
 * a share, counts whole), exact amounts (`annualCreditSales`, `averageMonthlyReceipts` and
 * `unshippedOrders` not negative), `criticalSignals` at most `signalCount`. Unknown fields are refused.
 *
 * @internal
 */
export const creditProfileSchema: z.ZodType<CreditProfile, unknown> = z
  .strictObject({
    customerId: visibleTextSchema,
    currency: CurrencyCodeSchema.optional(),
    currentRatio: numberSchema('notNegative').optional(),
    debtToAssets: numberSchema('notNegative').optional(),
    collateralCoverage: numberSchema('notNegative').optional(),
    outlook: z.enum(['favourable', 'neutral', 'adverse']).optional(),
    operatingCashFlowToCurrentLiabilities: numberSchema('any').optional(),
    yearsTrading: numberSchema('notNegative').optional(),
    companyAgeYears: numberSchema('notNegative').optional(),
    courtDefaulter: z.boolean().optional(),
    abnormalOperation: z.boolean().optional(),
    licenceRevoked: z.boolean().optional(),
    deregistered: z.boolean().optional(),
    signalCount: numberSchema('count').optional(),
    criticalSignals: numberSchema('count').optional(),
    onTimeRatio: numberSchema('share').optional(),
    brokenPromises: numberSchema('count').optional(),
    monthsTrading: numberSchema('count').optional(),
    annualCreditSales: amountSchema(true).optional(),
    cycleMonths: numberSchema('count').optional(),
    netAssets: amountSchema(false).optional(),
    averageMonthlyReceipts: amountSchema(true).optional(),
    workingCapital: amountSchema(false).optional(),
    unshippedOrders: amountSchema(true).optional(),
  })
  .superRefine((profile, ctx) => {
    const { signalCount, criticalSignals } = profile;
    if (signalCount !== undefined && criticalSignals !== undefined && criticalSignals > signalCount) {
      const message = `${criticalSignals} critical signals are more than the ${signalCount} signals observed`;
      addValidationIssue(ctx, 'out_of_range', message, criticalSignals, ['criticalSignals']);
    }
  })
  .transform((profile): CreditProfile => {
    const present: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(profile)) if (value !== undefined) present[field] = value;
    return present as unknown as CreditProfile;
  }) as z.ZodType<CreditProfile, unknown>;
