import { toDayNumber } from '@receivables/core';
import { openItemsRelabel } from './openItemsRelabel.ts';

/**
 * Reads a date argument of a public function as its day number, reporting a bad date under that
 * function's name and the field.
 *
 * @internal
 */
export function openItemsReadDay(value: unknown, api: string, field: string): number {
  try {
    return toDayNumber(value as string);
  } catch (error) {
    throw openItemsRelabel(error, api, field);
  }
}
