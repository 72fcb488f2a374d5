import type { ReceivablesErrorCode, ValidationIssue } from '@receivables/core';
import type { InputProblem } from '../InputProblem.ts';
import { columnOfPath } from './columnOfPath.ts';
import { problemCodeOfIssue } from './problemCodeOfIssue.ts';
import type { RecordLocation } from './RecordLocation.ts';
import { valueAtPath } from './valueAtPath.ts';

/**
 * Turns the validation issues of one record (paths relative to the record) into input problems at the
 * record's file, row and column, with the value found there.
 *
 * @internal
 */
export function problemsFromIssues(
  issues: readonly ValidationIssue[],
  record: unknown,
  location: RecordLocation,
  fallback: ReceivablesErrorCode,
): InputProblem[] {
  return issues.map((issue) => problemFromIssue(issue, issue.path, record, location, fallback));
}

/** One issue at `path` (relative to `record`) as an input problem. @internal */
export function problemFromIssue(
  issue: ValidationIssue,
  path: readonly (string | number)[],
  record: unknown,
  location: RecordLocation,
  fallback: ReceivablesErrorCode,
): InputProblem {
  const column = columnOfPath(location, path);
  const value = valueAtPath(record, path);
  // In a CSV row an absent value is an empty cell: say so rather than "undefined is not ...".
  const csvMissing =
    location.columns !== undefined &&
    value === undefined &&
    path.length === 1 &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_amount');
  return {
    file: location.file,
    ...(location.row === undefined ? {} : { row: location.row }),
    ...(column === undefined ? {} : { column }),
    ...(value === undefined ? {} : { value }),
    code: problemCodeOfIssue(issue.code, fallback),
    reason: csvMissing ? 'the cell is empty but a value is required' : issue.message,
  };
}
