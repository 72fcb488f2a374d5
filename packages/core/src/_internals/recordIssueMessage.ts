import { isReceivablesError } from '../errors/isReceivablesError.ts';

const API_PREFIX = /^[A-Za-z]\w*: /;

/**
 * The reason a suite function gave for refusing a value, without the function's name in front, so a
 * schema can report `"2026-02-30" is not a date: ...` at the field's path. Anything that is not a suite
 * error is a bug and is thrown on.
 *
 * @internal
 */
export function recordIssueMessage(error: unknown): string {
  if (!isReceivablesError(error)) throw error;
  return error.message.replace(API_PREFIX, '');
}
