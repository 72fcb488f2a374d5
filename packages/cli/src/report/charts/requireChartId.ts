import { ReceivablesError } from '@receivables/core';

/**
 * Checks a chart's element id: lower-case letters, digits and hyphens, so ids derived from it are valid
 * and never come from outside data.
 *
 * @param id - The id.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for any other id.
 * @internal
 */
export function requireChartId(id: string): void {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `renderReport: chart id ${JSON.stringify(id)} must be lower-case letters, digits and hyphens`,
      { details: { id } },
    );
  }
}
