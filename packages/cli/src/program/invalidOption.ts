import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * The `INVALID_OPTION` error of the command line: `<where>: <option> <value> <reason>`, with the
 * option, value and reason in `details` for callers that print them differently.
 *
 * @internal
 */
export function invalidOption(
  where: string,
  option: string,
  value: unknown,
  reason: string,
  cause?: unknown,
): ReceivablesError {
  const shown = value === undefined ? '' : ` ${describeValue(value)}`;
  return new ReceivablesError('INVALID_OPTION', `${where}: ${option}${shown} ${reason}`, {
    details: { option, ...(typeof value === 'string' ? { value } : {}), reason },
    ...(cause === undefined ? {} : { cause }),
  });
}
