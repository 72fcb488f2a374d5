import { formatPath, isReceivablesError, ReceivablesError, type ValidationIssue } from '@receivables/core';
import type { InputProblem } from '../InputProblem.ts';
import { problemCodeOfIssue } from './problemCodeOfIssue.ts';
import { valueAtPath } from './valueAtPath.ts';

/** Where an issue of a domain check lies in the file: its JSON path, or why it has none. @internal */
export type DocumentPath = { readonly path: readonly (string | number)[] } | { readonly outside: string };

/**
 * Turns a domain validation error about a JSON document (`INVALID_POLICY`, `INVALID_SCORECARD`,
 * `INVALID_CATALOG`, with `details.issues`) into `INVALID_INPUT_FILE` listing one problem per issue,
 * with `column` the JSON path inside the file; the domain error is kept as `cause`. Anything that is not
 * a suite error is returned as it is, for the caller to rethrow.
 *
 * @internal
 */
export function invalidDocument(
  error: unknown,
  file: string,
  document: unknown,
  api: string,
  what: string,
  locate: (issuePath: readonly (string | number)[]) => DocumentPath = (path) => ({ path }),
): unknown {
  if (!isReceivablesError(error)) return error;
  const issues: readonly ValidationIssue[] = error.details.issues ?? [];
  const problems: InputProblem[] =
    issues.length === 0
      ? [{ file, code: error.code, reason: error.message }]
      : issues.map((issue) => {
          const located = locate(issue.path);
          const code = problemCodeOfIssue(issue.code, error.code);
          if ('outside' in located) return { file, code, reason: `${located.outside}: ${issue.message}` };
          const value = valueAtPath(document, located.path);
          return {
            file,
            ...(located.path.length === 0 ? {} : { column: formatPath(located.path) }),
            ...(value === undefined ? {} : { value }),
            code,
            reason: issue.message,
          };
        });
  const lines = problems.map((problem) => `  ${problem.column ?? '(file)'}: ${problem.reason}`);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new ReceivablesError(
    'INVALID_INPUT_FILE',
    [`${api}: ${file} is not a valid ${what}: ${count}`, ...lines].join('\n'),
    {
      details: { problems },
      cause: error,
    },
  );
}
