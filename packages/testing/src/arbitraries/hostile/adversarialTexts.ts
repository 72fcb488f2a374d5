import { readCount } from '../../_internals/readCount.ts';
import type { AdversarialText } from './AdversarialText.ts';

/**
 * The runs that make backtracking patterns slow: each repeats a unit that a pattern's repeated part
 * accepts (digits, spaces, line breaks between blanks, word characters, dotted names, `{` of templates)
 * and ends in a character that makes the whole match fail, which forces a backtracking engine to try
 * every way of splitting the run.
 */
const RUNS: readonly (readonly [name: string, unit: string, ending: string])[] = [
  ['digits then "x"', '1', 'x'],
  ['digits with a point then "e"', '12.', 'e'],
  ['exponent digits then "+"', '1e1', '+'],
  ['spaces then "x"', ' ', 'x'],
  ['spaces only', ' ', ''],
  ['tabs and spaces then a letter', ' \t', 'a'],
  ['blank lines', '\n \t', '\n'],
  ['line breaks', '\r\n', '\r'],
  ['letters then "!"', 'a', '!'],
  ['letters then ":" without a space', 'Ab', ':'],
  ['word characters and "$"', 'a_$1', '-'],
  ['dotted names then "."', 'a.', '.'],
  ['dots', '.', ''],
  ['dashes', '-', ''],
  ['open braces', '{', ''],
  ['full-width digits then "x"', '１', 'x'],
  ['upper-case letters then "1"', 'ABC', '1'],
  ['apostrophes', '\u2019', ''],
];

/**
 * Long inputs for checking that no regular expression takes more than linear time: each is a run of one
 * unit (digits, spaces, blank lines, letters, dotted names, braces…) ending in a character that makes a
 * match fail. Feed each to a function that applies patterns to outside text, at two lengths: the time
 * should grow about as the length does.
 *
 * @param length - The length of each text, in UTF-16 code units (the last unit may be cut).
 * @returns One named text per run.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `length` is not a whole number.
 *
 * @example
 * ```ts
 * import { adversarialTexts } from '@receivables/testing';
 *
 * const texts = adversarialTexts(100_000);
 * console.log(texts[0]?.name, texts[0]?.text.length); // digits then "x" 100000
 * console.log(texts.every((entry) => entry.text.length === 100_000)); // true
 * ```
 */
export function adversarialTexts(length: number): readonly AdversarialText[] {
  const size = readCount('adversarialTexts', 'length', length);
  return RUNS.map(([name, unit, ending]) => {
    const runLength = Math.max(0, size - ending.length);
    const run = unit.repeat(Math.ceil(runLength / unit.length)).slice(0, runLength);
    return { name, text: `${run}${ending}`.slice(0, size) };
  });
}
