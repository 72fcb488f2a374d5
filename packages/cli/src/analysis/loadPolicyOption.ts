import { defaultReminderPolicy, type ReminderPolicy } from '@receivables/reminder-policy';
import { loadPolicyFile } from '../input/loadPolicyFile.ts';
import type { CliIo } from '../program/CliIo.ts';
import type { CliOptions } from '../program/CliOptions.ts';

/**
 * The reminder policy `--policy` names (see `loadPolicyFile`) with the name to print; the default
 * policy without the option.
 *
 * @internal
 * @throws {ReceivablesError} `INPUT_NOT_FOUND`, or `INVALID_INPUT_FILE` listing every problem.
 */
export async function loadPolicyOption(
  options: CliOptions,
  io: CliIo,
): Promise<{ policy: ReminderPolicy; name: string }> {
  if (options.policy === undefined) return { policy: defaultReminderPolicy, name: 'default' };
  return { policy: await loadPolicyFile(options.policy, io), name: options.policy };
}
