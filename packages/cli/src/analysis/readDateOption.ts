import { type IsoDate, isIsoDate } from '@receivables/core';
import { invalidOption } from '../program/invalidOption.ts';

/**
 * A command's date option, checked: absent stays `undefined`.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` for anything but a real `YYYY-MM-DD` date.
 */
export function readDateOption(where: string, option: string, value: unknown): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isIsoDate(value)) return value;
  throw invalidOption(where, option, value, 'is not a date of the form YYYY-MM-DD');
}
