import { addValidationIssue } from '@receivables/core';
import * as z from 'zod';
import type { RiskTierDefinition } from './RiskTierDefinition.ts';

const text = z.string().regex(/\S/, { error: 'must not be blank' });
const label = z
  .strictObject({ en: text, 'zh-CN': text })
  .meta({ description: 'The text in English and in Simplified Chinese.' });
const bound = z.number().optional();

const trigger = z
  .strictObject({
    id: text.meta({ description: 'Stable id, unique in the table, e.g. "dpd31to60".' }),
    fact: z.enum([
      'daysPastDue',
      'utilisation',
      'signalCount',
      'criticalSignalCount',
      'brokenPromises',
      'daysToLimitationExpiry',
    ]),
    greaterThan: bound.meta({ description: 'Fires only when the fact is strictly above this.' }),
    atLeast: bound.meta({ description: 'Fires only when the fact is this or more.' }),
    atMost: bound.meta({ description: 'Fires only when the fact is this or less.' }),
    lessThan: bound.meta({ description: 'Fires only when the fact is strictly below this.' }),
    label,
  })
  .superRefine((value, ctx) => {
    const lower = [value.greaterThan, value.atLeast].filter((limit) => limit !== undefined);
    const upper = [value.atMost, value.lessThan].filter((limit) => limit !== undefined);
    if (lower.length + upper.length === 0) {
      addValidationIssue(ctx, 'no_bound', 'a trigger needs at least one bound', value.id, []);
    } else if (lower.length > 0 && upper.length > 0 && Math.max(...lower) > Math.min(...upper)) {
      addValidationIssue(ctx, 'empty_range', 'no value lies within these bounds', value.id, []);
    }
  });

const measure = z.strictObject({
  id: text.meta({ description: 'Stable id, e.g. "creditHold".' }),
  label,
});

const tier = z.strictObject({
  tier: z.number().meta({ type: 'integer', description: '0 for the normal tier, then 1, 2, … by severity.' }),
  id: text.meta({ description: 'Stable id, e.g. "warning".' }),
  label,
  triggers: z.array(trigger),
  measures: z.array(measure),
});

/**
 * The zod schema of a risk-tier table (spec §1.8) as data. It reports every problem at once, each at its
 * path: field types, unknown keys, blank ids or labels, a trigger without a bound (`no_bound`) or whose
 * bounds admit nothing (`empty_range`), tiers not numbered 0, 1, 2, … in order (`tier_out_of_order`),
 * triggers on the normal tier 0 (`normal_tier_trigger`), another tier without triggers
 * (`tier_without_trigger`), and tier or trigger ids used twice (`duplicate_id`).
 *
 * @example
 * ```ts
 * import { RiskTiersSchema, defaultRiskTiers } from '@receivables/credit-scoring';
 *
 * console.log(RiskTiersSchema.safeParse(defaultRiskTiers).success); // true
 * console.log(RiskTiersSchema.safeParse([...defaultRiskTiers].reverse()).success); // false
 * ```
 */
export const RiskTiersSchema: z.ZodType<readonly RiskTierDefinition[]> = z
  .array(tier)
  .min(2, { error: 'a table needs the normal tier and at least one more' })
  .superRefine((tiers, ctx) => {
    const ids = new Set<string>();
    const triggerIds = new Set<string>();
    tiers.forEach((entry, index) => {
      if (entry.tier !== index) {
        addValidationIssue(
          ctx,
          'tier_out_of_order',
          `tier ${entry.tier} is listed where tier ${index} belongs`,
          entry.tier,
          [index, 'tier'],
        );
      }
      if (index === 0 && entry.triggers.length > 0) {
        addValidationIssue(
          ctx,
          'normal_tier_trigger',
          'the normal tier applies when nothing fires, so it has no triggers',
          entry.triggers.length,
          [index, 'triggers'],
        );
      }
      if (index > 0 && entry.triggers.length === 0) {
        addValidationIssue(
          ctx,
          'tier_without_trigger',
          'a tier above the normal one needs at least one trigger',
          0,
          [index, 'triggers'],
        );
      }
      if (ids.has(entry.id))
        addValidationIssue(ctx, 'duplicate_id', `tier id "${entry.id}" is used twice`, entry.id, [
          index,
          'id',
        ]);
      ids.add(entry.id);
      entry.triggers.forEach((item, position) => {
        if (triggerIds.has(item.id)) {
          addValidationIssue(ctx, 'duplicate_id', `trigger id "${item.id}" is used twice`, item.id, [
            index,
            'triggers',
            position,
            'id',
          ]);
        }
        triggerIds.add(item.id);
      });
    });
  })
  // zod types an absent optional bound as `number | undefined`; parsing never writes undefined, so the
  // output matches RiskTierDefinition under exactOptionalPropertyTypes.
  .meta({ title: 'RiskTiers', description: 'Risk tiers with triggers and measures (spec §1.8).' }) as never;
