import fc from 'fast-check';
import { hostileNumberArbitrary } from './hostileNumberArbitrary.ts';

const DATE_LIKE: readonly string[] = [
  '0001-01-01',
  '0001-01-02',
  '9999-12-30',
  '9999-12-31',
  '0000-12-31',
  '0000-01-01',
  '10000-01-01',
  '+02026-01-01',
  '-0001-01-01',
  '2024-02-29',
  '2026-02-29',
  '2026-02-30',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '2026-1-1',
  '2026/01/01',
  '20260101',
  ' 2026-01-01',
  '2026-01-01 ',
  '2026-01-01T00:00:00Z',
  '２０２６-０１-０１',
  '2026\u201001\u201001',
  '2026-01-0\u0661',
  '',
];

/**
 * A fast-check arbitrary of values offered as calendar dates: the first and last days the suite
 * accepts (0001-01-01, 9999-12-31), year 0000 and 10000, days that do not exist (`2026-02-30`), other
 * formats (`2026/01/01`, `20260101`, ISO date-times), full-width and Arabic-Indic digits, padding,
 * `Date` objects, numbers and nothing at all.
 *
 * @returns An arbitrary of values offered as dates.
 *
 * @example
 * ```ts
 * import { hostileDateArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const dates = fc.sample(hostileDateArbitrary(), { numRuns: 200, seed: 4 });
 * console.log(dates.includes('9999-12-31'), dates.some((date) => date instanceof Date)); // true true
 * ```
 */
export function hostileDateArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...DATE_LIKE), weight: 4 },
    {
      arbitrary: fc
        .tuple(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([year, month, day]) =>
            `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ),
      weight: 2,
    },
    { arbitrary: hostileNumberArbitrary(), weight: 1 },
    {
      arbitrary: fc.constantFrom(null, undefined, new Date(0), new Date(Number.NaN), {}, ['2026-01-01']),
      weight: 1,
    },
  );
}
