import { invalidOption } from '../program/invalidOption.ts';

/**
 * A command's free-text option, trimmed: absent stays `undefined`.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` for an empty text.
 */
export function readTextOption(where: string, option: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw invalidOption(where, option, value, 'is empty');
}
