import { invalidOption } from '../program/invalidOption.ts';

/**
 * A command's option that takes one of a list of values: absent stays `undefined`.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` naming the allowed values.
 */
export function readChoiceOption<Choice extends string>(
  where: string,
  option: string,
  value: unknown,
  choices: readonly Choice[],
): Choice | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as Choice;
  throw invalidOption(where, option, value, `is not one of ${choices.join(', ')}`);
}
