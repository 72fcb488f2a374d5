import type { $ZodIssue } from 'zod/v4/core';
import { describeValue } from './describeValue.ts';
import { formatPath } from './formatPath.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

/**
 * Turns zod's issues into the suite's {@link ValidationIssue}s, keeping every one, each with its path,
 * the value found (when zod reported it) and the reason. A custom issue whose `params.code` is a string
 * (as the suite's schemas add, e.g. `invalid_date`) keeps that code instead of zod's `custom`.
 *
 * @param issues - `error.issues` from a failed `safeParse` (parse with `{ reportInput: true }` so values show).
 * @param basePath - A path to put in front of every issue, for schemas applied to part of a document.
 * @returns One validation issue per zod issue, in zod's order.
 *
 * @example
 * ```ts
 * import { toValidationIssues } from '@receivables/core';
 * import * as z from 'zod';
 *
 * const result = z.object({ days: z.number().int() }).safeParse({ days: 1.5 }, { reportInput: true });
 * const issues = result.success ? [] : toValidationIssues(result.error.issues);
 * console.log(issues[0]?.pathText, issues[0]?.message); // days Invalid input: expected int, received number (got 1.5)
 * ```
 */
export function toValidationIssues(
  issues: readonly $ZodIssue[],
  basePath: readonly (string | number)[] = [],
): ValidationIssue[] {
  return issues.map((issue) => {
    const path = [...basePath, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))];
    return { path, pathText: formatPath(path), code: codeOf(issue), message: messageOf(issue) };
  });
}

/** A custom issue may carry the suite's own snake_case code in `params.code`, e.g. `invalid_date`. */
function codeOf(issue: $ZodIssue): string {
  const own: unknown = issue.code === 'custom' ? issue.params?.code : undefined;
  return typeof own === 'string' ? own : issue.code;
}

function messageOf(issue: $ZodIssue): string {
  if (issue.code === 'custom') return issue.message;
  // With reportInput an absent field shows as an input of undefined: say it is missing, not "invalid".
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) {
    return `Missing value: expected ${issue.expected}`;
  }
  const shown =
    'input' in issue && issue.code !== 'unrecognized_keys' ? ` (got ${describeValue(issue.input)})` : '';
  return `${issue.message}${shown}`;
}
