import { describeValue, toMinorUnits } from '@receivables/core';
import * as z from 'zod';
import type { ChannelId } from '../policy/ChannelId.ts';
import type { EscalationMeasure } from '../policy/ReminderPolicy.ts';
import type { RoleId } from '../policy/RoleId.ts';
import { CHANNELS, MEASURES, ROLES } from './policyVocabulary.ts';

type Ctx = z.core.$RefinementCtx<unknown>;

function issue(
  ctx: Ctx,
  code: string,
  message: string,
  input: unknown,
  path: (string | number)[] = [],
): void {
  ctx.addIssue({ code: 'custom', message, input, path, params: { code } });
}

function oneOf<T extends string>(values: readonly T[], what: string): z.ZodType<T, T> {
  const list = values.join(', ');
  return z.string().superRefine((value, ctx) => {
    if (!(values as readonly string[]).includes(value)) {
      issue(ctx, `unknown_${what}`, `${describeValue(value)} is not a known ${what} (${list})`, value);
    }
  }) as unknown as z.ZodType<T, T>;
}

/** @internal */
export const channelSchema: z.ZodType<ChannelId, ChannelId> = oneOf(CHANNELS, 'channel');
/** @internal */
export const roleSchema: z.ZodType<RoleId, RoleId> = oneOf(ROLES, 'role');
/** @internal */
export const measureSchema: z.ZodType<EscalationMeasure, EscalationMeasure> = oneOf(MEASURES, 'measure');

function wholeDays(least: number, reason: string): z.ZodNumber {
  return z.number().superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value) || value < least) {
      issue(ctx, 'invalid_days', `${describeValue(value)} is not ${reason}`, value);
    }
  }) as unknown as z.ZodNumber;
}

/** @internal */
export const positiveDays: z.ZodNumber = wholeDays(1, 'a positive number of days');
/** @internal */
export const nonNegativeDays: z.ZodNumber = wholeDays(0, 'a whole number of days of at least 0');

/** Amounts per currency: each key an ISO 4217 code, each value a decimal string of at least 0. @internal */
export const amountsByCurrency: z.ZodType<Readonly<Record<string, string>>> = z
  .record(z.string(), z.string())
  .superRefine((amounts, ctx) => {
    for (const [currency, amount] of Object.entries(amounts)) {
      let minor: number;
      try {
        minor = toMinorUnits(amount, currency);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        issue(ctx, 'invalid_amount', `${describeValue(amount)} is not a usable amount (${reason})`, amount, [
          currency,
        ]);
        continue;
      }
      if (minor < 0)
        issue(ctx, 'negative_amount', `${describeValue(amount)} is negative`, amount, [currency]);
    }
  });

/** @internal */
export const tierSchema: z.ZodNumber = z.number().superRefine((value, ctx) => {
  if (!Number.isInteger(value) || value < 0 || value > 4) {
    issue(ctx, 'invalid_tier', `${describeValue(value)} is not a risk tier from 0 to 4`, value);
  }
}) as unknown as z.ZodNumber;

/** @internal */
export { issue as policyIssue };
