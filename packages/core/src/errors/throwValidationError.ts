import { ReceivablesError } from './ReceivablesError.ts';
import type { ReceivablesErrorCode } from './ReceivablesErrorCode.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

/**
 * Throws one {@link ReceivablesError} that lists every validation issue: the message shows each as
 * `path: reason`, and `details.issues` carries them as data.
 *
 * @param code - The error code, e.g. `INVALID_PORTFOLIO`.
 * @param api - The public function that validated, named first in the message.
 * @param issues - Every problem found; at least one.
 * @throws {ReceivablesError} Always, with `code` and `details.issues`.
 *
 * @example
 * ```ts
 * import { isReceivablesError, throwValidationError } from '@receivables/core';
 *
 * try {
 *   throwValidationError('INVALID_RECORD', 'parseThing', [
 *     { path: ['dueDate'], pathText: 'dueDate', code: 'invalid_date', message: '"2026-02-30" is not a date' },
 *   ]);
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_RECORD')); // true
 *   console.log((error as Error).message.split('\n')[1]); //   dueDate: "2026-02-30" is not a date
 * }
 * ```
 */
export function throwValidationError(
  code: ReceivablesErrorCode,
  api: string,
  issues: readonly ValidationIssue[],
): never {
  const lines = issues.map(
    (issue) => `  ${issue.pathText === '' ? '(root)' : issue.pathText}: ${issue.message}`,
  );
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  throw new ReceivablesError(code, `${api}: ${count}\n${lines.join('\n')}`, {
    ...(issues.length === 1 && issues[0] ? { path: issues[0].path } : {}),
    details: { issues },
  });
}
