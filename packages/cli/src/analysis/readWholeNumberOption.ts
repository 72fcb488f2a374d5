import { invalidOption } from '../program/invalidOption.ts';

/**
 * A command's whole-number option, checked against its range: absent stays `undefined`.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` for text that is not a whole number from `min` to `max`.
 */
export function readWholeNumberOption(
  where: string,
  option: string,
  value: unknown,
  min: number,
  max: number = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined) return undefined;
  const number =
    typeof value === 'string' && /^[0-9]+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (Number.isSafeInteger(number) && number >= min && number <= max) return number;
  const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
  throw invalidOption(where, option, value, `is not a whole number ${range}`);
}
