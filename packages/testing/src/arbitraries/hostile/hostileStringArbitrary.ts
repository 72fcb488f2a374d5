import fc from 'fast-check';
import { readCount } from '../../_internals/readCount.ts';
import { HOSTILE_STRINGS } from './hostileAtoms.ts';

/** Options of {@link hostileStringArbitrary}. */
export interface HostileStringArbitraryOptions {
  /**
   * The longest string drawn, in UTF-16 code units. Long runs of one character are drawn up to this length.
   * @defaultValue `2000`
   */
  readonly maxLength?: number;
}

/** One UTF-16 code unit or code point of any kind, lone surrogates and invisible characters included. */
const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom(
    '\u0000',
    '\u00a0',
    '\u3000',
    '\ufeff',
    '\u200b',
    '\u202e',
    '\u2028',
    '"',
    '\\',
    '{',
    '}',
    '<',
  ),
  fc.constantFrom('０', '１', '９', '٣', '.', ',', '-', 'e', 'E', ' ', '\n', '\r', '\t'),
);

/**
 * A fast-check arbitrary of strings that parsers of outside data misread: numbers in disguise (`" 1"`,
 * `"0x10"`, full-width `"１２"`, `"1e999"`, 30-digit integers), `"NaN"` and `"Infinity"`, prototype keys
 * (`"__proto__"`), impossible dates (`"2026-02-30"`, `"0000-12-31"`), template syntax, lone surrogates,
 * invisible and direction-changing characters, random text of any code point, and long runs of one
 * character.
 *
 * @param options - The longest string drawn.
 * @returns An arbitrary of strings.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `maxLength` is not a whole number.
 *
 * @example
 * ```ts
 * import { hostileStringArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const texts = fc.sample(hostileStringArbitrary({ maxLength: 50 }), { numRuns: 100, seed: 1 });
 * console.log(texts.every((text) => typeof text === 'string' && text.length <= 50)); // true
 * ```
 */
export function hostileStringArbitrary(options: HostileStringArbitraryOptions = {}): fc.Arbitrary<string> {
  const maxLength = readCount('hostileStringArbitrary', 'maxLength', options.maxLength ?? 2000);
  const known = HOSTILE_STRINGS.filter((text) => text.length <= maxLength);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 4 },
    { arbitrary: fc.string({ unit: hostileUnit, maxLength: Math.min(maxLength, 40) }), weight: 3 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...known), fc.constantFrom('', ' ', '\t', '\u00a0', '0', 'x'))
        .map(([text, padding]) => `${padding}${text}${padding}`.slice(0, maxLength)),
      weight: 1,
    },
    {
      arbitrary: fc
        .tuple(hostileUnit, fc.integer({ min: 0, max: maxLength }))
        .map(([unit, length]) => unit.repeat(Math.floor(length / unit.length))),
      weight: 1,
    },
  );
}
