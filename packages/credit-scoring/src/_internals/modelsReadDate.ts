import { type IsoDate, parseIsoDate } from '@receivables/core';

/**
 * Checks a date argument, or throws `INVALID_DATE` under the calling function's name, e.g.
 * `countDangerSignals: asOf: "2026-02-30" is not a date: February 2026 has 28 days`.
 *
 * @internal
 */
export function modelsReadDate(value: unknown, api: string, field: string): IsoDate {
  return parseIsoDate(value, { api, field });
}
