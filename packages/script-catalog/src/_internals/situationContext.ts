import {
  describeValue,
  IsoDateSchema,
  ReceivablesError,
  throwValidationError,
  toDayNumber,
  toValidationIssues,
} from '@receivables/core';
import * as z from 'zod';
import type { QuietHours } from '../recommend/QuietHours.ts';
import type { Situation } from '../recommend/Situation.ts';
import type { SituationFlags } from '../recommend/SituationFlags.ts';
import type { SituationFlagName } from '../vocabulary/SituationFlagName.ts';
import { TierSchema } from './catalogSchemas.ts';
import {
  CAUSE_KINDS,
  CAUSE_SUBTYPES,
  CAUSE_SUBTYPES_BY_KIND,
  COLLECTION_STAGES,
  CONTACT_CHANNELS,
  NEGOTIATOR_STYLES,
  POWER_SITUATIONS,
  SCENARIO_IDS,
} from './vocabulary.ts';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK, { message: 'must be a 24-hour time HH:MM' });
const flag = z.boolean().exactOptional();

const SituationSchema: z.ZodType<Situation> = z
  .strictObject({
    scenario: z.enum(SCENARIO_IDS).exactOptional(),
    power: z.enum(POWER_SITUATIONS).exactOptional(),
    style: z.enum(NEGOTIATOR_STYLES).exactOptional(),
    cause: z.enum(CAUSE_KINDS).exactOptional(),
    causeSubtype: z.enum(CAUSE_SUBTYPES).exactOptional(),
    stage: z.enum(COLLECTION_STAGES),
    channel: z.enum(CONTACT_CHANNELS).exactOptional(),
    tier: TierSchema,
    locale: z.string().refine(isLanguageTag, { message: 'must be a BCP 47 language tag' }),
    asOf: IsoDateSchema.exactOptional(),
    localTime: clock.exactOptional(),
    flags: z.strictObject({
      readyToEndRelationship: z.boolean(),
      realDeadline: z.union([z.boolean(), IsoDateSchema]),
      authorityToConcede: z.boolean(),
      deliveryDocumented: flag,
      personalRelationship: flag,
      firstContact: flag,
      managementApproval: flag,
      smeProtection: flag,
      limitationAtRisk: flag,
    }),
  })
  .superRefine((situation, context) => {
    if (typeof situation.flags.realDeadline === 'string' && situation.asOf === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['asOf'],
        message: 'is needed when flags.realDeadline is a date, to tell whether the deadline is near',
        params: { code: 'missing_as_of' },
      });
    }
    const { cause, causeSubtype } = situation;
    if (
      causeSubtype !== undefined &&
      (cause === undefined || !CAUSE_SUBTYPES_BY_KIND[cause].includes(causeSubtype))
    ) {
      context.addIssue({
        code: 'custom',
        path: ['causeSubtype'],
        message: `${causeSubtype} is not a subtype of the cause ${cause ?? '(none given)'}`,
        params: { code: 'cause_subtype_mismatch' },
      });
    }
  });

/** A validated situation with the facts the rules read worked out once. @internal */
export interface SituationContext {
  readonly situation: Situation;
  /** Whether a real deadline lies within the allowed window. */
  readonly realDeadline: boolean;
  readonly inQuietHours: boolean;
  readonly maxDeadlineDays: number;
  readonly quietHours: QuietHours;
}

/** Options every recommender function shares. @internal */
export interface SituationOptions {
  readonly maxDeadlineDays?: number;
  readonly quietHours?: QuietHours;
}

const DEFAULT_QUIET_HOURS: QuietHours = Object.freeze({ from: '22:00', to: '08:00' });
const DEFAULT_MAX_DEADLINE_DAYS = 10;

/**
 * Validates a situation and the options that qualify it, throwing `INVALID_ARGUMENT` with every issue.
 *
 * @internal
 */
export function situationContext(
  situation: Situation,
  options: SituationOptions,
  api: string,
): SituationContext {
  const result = SituationSchema.safeParse(situation, { reportInput: true });
  if (!result.success)
    throwValidationError('INVALID_ARGUMENT', api, toValidationIssues(result.error.issues, ['situation']));
  const maxDeadlineDays = options.maxDeadlineDays ?? DEFAULT_MAX_DEADLINE_DAYS;
  if (!Number.isInteger(maxDeadlineDays) || maxDeadlineDays < 0) {
    throw invalidOption(
      api,
      `maxDeadlineDays ${describeValue(maxDeadlineDays)} is not a whole number of days ≥ 0`,
    );
  }
  const quietHours = options.quietHours ?? DEFAULT_QUIET_HOURS;
  if (!isClock(quietHours?.from) || !isClock(quietHours?.to)) {
    throw invalidOption(api, 'quietHours must have from and to as 24-hour times HH:MM');
  }
  const checked = result.data;
  return {
    situation: checked,
    realDeadline: isRealDeadline(checked, maxDeadlineDays),
    inQuietHours: checked.localTime !== undefined && isQuiet(checked.localTime, quietHours),
    maxDeadlineDays,
    quietHours,
  };
}

/**
 * Reads a situation flag; optional flags are `undefined` when unknown.
 *
 * @internal
 */
export function flagValue(flags: SituationFlags, name: SituationFlagName): boolean | undefined {
  return flags[name];
}

function isRealDeadline(situation: Situation, maxDays: number): boolean {
  const deadline = situation.flags.realDeadline;
  if (typeof deadline === 'boolean') return deadline;
  const daysAway = toDayNumber(deadline) - toDayNumber(situation.asOf as string);
  return daysAway >= 0 && daysAway <= maxDays;
}

function isQuiet(time: string, hours: QuietHours): boolean {
  const at = minutes(time);
  const from = minutes(hours.from);
  const to = minutes(hours.to);
  return from <= to ? at >= from && at < to : at >= from || at < to;
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Parsing a tag costs microseconds and callers repeat the same few, so answers are kept. */
const knownTags = new Map<string, boolean>();

function isLanguageTag(tag: string): boolean {
  let known = knownTags.get(tag);
  if (known === undefined) {
    try {
      new Intl.Locale(tag);
      known = true;
    } catch {
      known = false;
    }
    if (knownTags.size >= 256) knownTags.clear();
    knownTags.set(tag, known);
  }
  return known;
}

function invalidOption(api: string, reason: string): ReceivablesError {
  return new ReceivablesError('INVALID_ARGUMENT', `${api}: ${reason}`);
}

/** Options may come from a JSON file, so a time may be anything: only a string is read, never converted. */
function isClock(value: unknown): boolean {
  return typeof value === 'string' && CLOCK.test(value);
}
