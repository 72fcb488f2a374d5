import type { $ZodIssue } from 'zod/v4/core';
import { describeValue } from './describeValue.ts';
import { formatPath } from './formatPath.ts';
import type { ValidationIssue } from './ValidationIssue.ts';

/**
 * Turns zod's issues into the suite's {@link ValidationIssue}s, keeping every one, each with its path,
 * the value found (when zod reported it) and the reason.
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
    const shown =
      'input' in issue && issue.code !== 'unrecognized_keys' ? ` (got ${describeValue(issue.input)})` : '';
    const message = issue.code === 'custom' ? issue.message : `${issue.message}${shown}`;
    return { path, pathText: formatPath(path), code: issue.code, message };
  });
}
