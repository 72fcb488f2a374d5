import type { IsoDate } from '@receivables/core';

/**
 * Today's date in the machine's time zone, the default of `--as-of`: the only place the command
 * reads the clock.
 *
 * @internal
 */
export function todayInLocalTime(now: Date = new Date()): IsoDate {
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
