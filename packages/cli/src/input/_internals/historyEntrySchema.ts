import { addValidationIssue, IsoDateSchema } from '@receivables/core';
import * as z from 'zod';
import type { HistoryEntry } from '../rows/HistoryEntry.ts';
import { channelIds } from './channelIds.ts';
import { visibleTextSchema } from './creditProfileSchema.ts';

/**
 * One history record: `kind`, `date`, `customerId`, a reminder-policy `channel` (required for an
 * action, refused otherwise: an acknowledgement has no channel) and the `invoiceIds` it concerns.
 *
 * @internal
 */
export const historyEntrySchema: z.ZodType<HistoryEntry, unknown> = z
  .strictObject({
    kind: z.enum(['action', 'acknowledgement', 'deliveredDemand']),
    date: IsoDateSchema,
    customerId: visibleTextSchema,
    channel: z.enum(channelIds as [string, ...string[]]).optional(),
    invoiceIds: z.array(visibleTextSchema).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.kind === 'action' && entry.channel === undefined) {
      addValidationIssue(ctx, 'channel_missing', 'an action needs the channel it used', undefined, [
        'channel',
      ]);
    }
    if (entry.kind !== 'action' && entry.channel !== undefined) {
      const message = `an ${entry.kind === 'acknowledgement' ? 'acknowledgement' : 'delivered demand'} has no channel; only actions do`;
      addValidationIssue(ctx, 'channel_not_allowed', message, entry.channel, ['channel']);
    }
  })
  .transform((entry): HistoryEntry => {
    const invoiceIds = entry.invoiceIds === undefined ? {} : { invoiceIds: entry.invoiceIds };
    const event = { date: entry.date, customerId: entry.customerId, ...invoiceIds };
    if (entry.kind === 'action') return { kind: 'action', ...event, channel: entry.channel as never };
    return { kind: entry.kind, ...event };
  }) as z.ZodType<HistoryEntry, unknown>;
