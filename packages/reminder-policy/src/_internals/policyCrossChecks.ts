import { describeValue } from '@receivables/core';
import type * as z from 'zod';
import type { ChannelId } from '../policy/ChannelId.ts';
import { policyIssue } from './policyShapeSchema.ts';
import { channelKindOf } from './policyVocabulary.ts';

interface CheckedShape {
  readonly overdue: { readonly cadences: readonly { readonly mode: string; readonly channel: ChannelId }[] };
  readonly escalation: {
    readonly levels: readonly { readonly id: string; readonly fromDaysPastDue: number }[];
  };
}

/**
 * The rules across fields of a policy whose fields already have the right types.
 *
 * @internal
 */
export function policyCrossChecks(policy: CheckedShape, ctx: z.core.$RefinementCtx<unknown>): void {
  policy.overdue.cadences.forEach((cadence, index) => {
    const kind = channelKindOf(cadence.channel);
    const path = ['overdue', 'cadences', index, 'channel'];
    if (kind === 'legal') {
      policyIssue(
        ctx,
        'legal_cadence',
        `"legalFiling" cannot be a routine cadence: use an escalation level`,
        cadence.channel,
        path,
      );
    } else if (cadence.mode === 'xun' && kind !== 'written') {
      policyIssue(
        ctx,
        'xun_not_written',
        `${describeValue(cadence.channel)} is not a written channel: a 旬 cadence sends written demands`,
        cadence.channel,
        path,
      );
    }
  });
  const seen = new Set<string>();
  policy.escalation.levels.forEach((level, index) => {
    if (seen.has(level.id)) {
      policyIssue(ctx, 'duplicate_id', `${describeValue(level.id)} names an earlier level too`, level.id, [
        'escalation',
        'levels',
        index,
        'id',
      ]);
    }
    seen.add(level.id);
    const previous = policy.escalation.levels[index - 1];
    if (previous !== undefined && level.fromDaysPastDue <= previous.fromDaysPastDue) {
      policyIssue(
        ctx,
        'overlapping_levels',
        `${level.fromDaysPastDue} does not come after the previous level's ${previous.fromDaysPastDue}: levels must start on strictly increasing days past due, without overlap`,
        level.fromDaysPastDue,
        ['escalation', 'levels', index, 'fromDaysPastDue'],
      );
    }
  });
}
