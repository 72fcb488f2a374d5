import { throwValidationError, toValidationIssues } from '@receivables/core';
import type { ReminderPolicy } from './ReminderPolicy.ts';
import { ReminderPolicySchema } from './ReminderPolicySchema.ts';

/**
 * Validates a reminder policy read from outside data (a JSON file, a database row).
 *
 * @param raw - The policy as parsed JSON.
 * @returns The validated policy.
 * @throws {ReceivablesError} `INVALID_POLICY` listing every problem with its path in the policy file,
 *   e.g. `overdue.cadences[1].everyDays: 0 is not a positive number of days`.
 *
 * @example
 * ```ts
 * import { isReceivablesError } from '@receivables/core';
 * import { defaultReminderPolicy, parseReminderPolicy } from '@receivables/reminder-policy';
 *
 * const raw = JSON.parse(JSON.stringify(defaultReminderPolicy));
 * raw.overdue.cadences[1].everyDays = 0;
 * try {
 *   parseReminderPolicy(raw);
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_POLICY')); // true
 *   console.log((error as Error).message.split('\n')[1]); //   overdue.cadences[1].everyDays: 0 is not a positive number of days
 * }
 * ```
 */
export function parseReminderPolicy(raw: unknown): ReminderPolicy {
  const result = ReminderPolicySchema.safeParse(raw, { reportInput: true });
  if (!result.success)
    throwValidationError('INVALID_POLICY', 'parseReminderPolicy', toValidationIssues(result.error.issues));
  return result.data;
}
