import { expect } from 'vitest';
import { isReceivablesError } from '../../errors/isReceivablesError.ts';
import type { ReceivablesErrorCode } from '../../errors/ReceivablesErrorCode.ts';
import type { ValidationIssue } from '../../errors/ValidationIssue.ts';

/** Runs `parse`, expects it to throw a suite error with `code`, and returns the issues it lists. */
export function issuesOf(code: ReceivablesErrorCode, parse: () => unknown): readonly ValidationIssue[] {
  let caught: unknown;
  try {
    parse();
  } catch (error) {
    caught = error;
  }
  expect(isReceivablesError(caught, code), `expected a ReceivablesError ${code}, got ${String(caught)}`).toBe(
    true,
  );
  return isReceivablesError(caught) ? (caught.details.issues ?? []) : [];
}

/** The one issue with `code`; fails the test unless there is exactly one. */
export function onlyIssue(issues: readonly ValidationIssue[], code: string): ValidationIssue {
  const matching = issues.filter((issue) => issue.code === code);
  expect(matching, `issues with code ${code} among ${JSON.stringify(issues)}`).toHaveLength(1);
  return matching[0] as ValidationIssue;
}
