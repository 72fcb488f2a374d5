import { formatPath, type ValidationIssue } from '@receivables/core';

/**
 * Builds one validation issue with its path written out.
 *
 * @internal
 */
export function validationIssue(
  path: readonly (string | number)[],
  code: string,
  message: string,
): ValidationIssue {
  return { path: [...path], pathText: formatPath(path), code, message };
}
