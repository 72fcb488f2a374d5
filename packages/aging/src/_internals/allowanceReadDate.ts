import { type IsoDate, parseIsoDate } from '@receivables/core';

/**
 * Reads a calendar date of an allowance function's input, or throws `INVALID_DATE` under the function's
 * name with the field and the reason, e.g. `assessWriteOffEligibility: dueDate: "2026-02-30" is not a date…`.
 *
 * @internal
 */
export function allowanceReadDate(value: unknown, api: string, field: string): IsoDate {
  return parseIsoDate(value, { api, field });
}
