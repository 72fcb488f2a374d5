import type { ReminderPolicy } from './ReminderPolicy.ts';

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A partial policy laid over another: objects merge field by field, lists (cadences, levels, checklist,
 * alert days) replace the list below them whole.
 */
export type ReminderPolicyOverride = DeepPartial<ReminderPolicy>;
