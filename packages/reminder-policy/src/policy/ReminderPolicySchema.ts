import * as z from 'zod';
import { policyCrossChecks } from '../_internals/policyCrossChecks.ts';
import {
  amountsByCurrency,
  channelSchema,
  measureSchema,
  nonNegativeDays,
  positiveDays,
  roleSchema,
  tierSchema,
} from '../_internals/policyShapeSchema.ts';
import type { ReminderPolicy } from './ReminderPolicy.ts';

const direction = z.enum(['backward', 'forward']);

const cadence = z.discriminatedUnion('mode', [
  z.strictObject({
    mode: z.literal('interval'),
    channel: channelSchema,
    startDay: positiveDays,
    everyDays: positiveDays,
  }),
  z.strictObject({ mode: z.literal('xun'), channel: channelSchema, startDay: positiveDays }),
]);

const level = z.strictObject({
  id: z.string().regex(/\S/, { message: 'must not be blank' }),
  fromDaysPastDue: positiveDays,
  minOpenAmount: amountsByCurrency.optional(),
  minTier: tierSchema.optional(),
  measures: z.array(measureSchema),
  role: roleSchema,
  channels: z.array(channelSchema).min(1, { message: 'a level needs at least one channel' }),
});

/**
 * The zod schema of a {@link ReminderPolicy}: field types, known channels, roles and measures, positive
 * cadences, and the rules across fields (escalation levels in strictly increasing order of days past due,
 * unique level ids, written channels for 旬 cadences, no legal filing as a routine cadence).
 *
 * Prefer `parseReminderPolicy`, which throws one coded error listing every problem.
 *
 * @example
 * ```ts
 * import { defaultReminderPolicy, ReminderPolicySchema } from '@receivables/reminder-policy';
 *
 * console.log(ReminderPolicySchema.safeParse(defaultReminderPolicy).success); // true
 * ```
 */
export const ReminderPolicySchema: z.ZodType<ReminderPolicy> = z
  .strictObject({
    preDue: z.strictObject({
      leadDays: z.strictObject({ first: nonNegativeDays, middle: nonNegativeDays, final: nonNegativeDays }),
      channel: channelSchema,
      role: roleSchema,
      checklist: z.array(z.string()),
    }),
    overdue: z.strictObject({ cadences: z.array(cadence) }),
    escalation: z.strictObject({ mode: z.enum(['sequential', 'skip']), levels: z.array(level) }),
    minOpenAmount: amountsByCurrency,
    minIntervalDays: positiveDays,
    joinInvoices: z.boolean(),
    nonBusinessDayShift: z.strictObject({ preDue: direction, overdue: direction }),
    promiseGraceDays: nonNegativeDays,
    limitation: z.strictObject({
      years: positiveDays,
      alertDays: z.array(positiveDays),
      forceWrittenDemandDays: positiveDays,
    }),
  })
  .superRefine(policyCrossChecks) as z.ZodType<ReminderPolicy>;
