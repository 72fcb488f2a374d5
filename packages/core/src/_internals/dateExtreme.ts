import type { IsoDate } from '../dates/IsoDate.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { readDate } from './dateArguments.ts';

/**
 * The earliest (`which` = `'earliest'`) or latest date of a non-empty list, checking every entry.
 * Shared by `minDate` and `maxDate`.
 *
 * @internal
 */
export function pickExtremeDate(
  dates: readonly IsoDate[],
  api: string,
  which: 'earliest' | 'latest',
): IsoDate {
  if (!Array.isArray(dates) || dates.length === 0) {
    const problem = Array.isArray(dates) ? 'an empty list' : `${describeValue(dates)}, not a list`;
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${api}: dates is ${problem}; there is no ${which} date to give`,
      {
        details: { field: 'dates' },
      },
    );
  }
  let bestIndex = 0;
  let best = readDate(dates[0], api, 'dates[0]');
  for (let index = 1; index < dates.length; index++) {
    const dayNumber = readDate(dates[index], api, `dates[${index}]`);
    if (which === 'earliest' ? dayNumber < best : dayNumber > best) {
      best = dayNumber;
      bestIndex = index;
    }
  }
  return dates[bestIndex] as IsoDate;
}
