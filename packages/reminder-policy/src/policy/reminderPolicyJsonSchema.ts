import { toInputJsonSchema } from '@receivables/core';
import { ReminderPolicySchema } from './ReminderPolicySchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a reminder policy file, for editors' autocompletion. The rules
 * across fields (level order, 旬 channels) are checked by `parseReminderPolicy` only.
 *
 * @example
 * ```ts
 * import { reminderPolicyJsonSchema } from '@receivables/reminder-policy';
 *
 * console.log(Object.keys(reminderPolicyJsonSchema.properties as object).slice(0, 3)); // ["preDue","overdue","escalation"]
 * ```
 */
export const reminderPolicyJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ toInputJsonSchema(ReminderPolicySchema);
