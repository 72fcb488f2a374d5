import { type IsoDate, parseIsoDate, relabelError } from '@receivables/core';

/**
 * Reads a calendar date of an allowance function's input, or throws `INVALID_DATE` under the function's
 * name with the field and the reason, e.g. `assessWriteOffEligibility: dueDate: "2026-02-30" is not a date…`.
 *
 * @internal
 */
export function allowanceReadDate(value: unknown, api: string, field: string): IsoDate {
  try {
    return parseIsoDate(value, { field });
  } catch (error) {
    throw relabelError(error, 'parseIsoDate', api);
  }
}
