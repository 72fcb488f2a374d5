import fc from 'fast-check';
import { readCount } from '../../_internals/readCount.ts';
import { hostileStringArbitrary } from './hostileStringArbitrary.ts';

/** Options of {@link hostileCsvCellArbitrary}. */
export interface HostileCsvCellArbitraryOptions {
  /**
   * The longest cell drawn.
   * @defaultValue `2000`
   */
  readonly maxLength?: number;
}

/** Cells that spreadsheets and CSV readers treat specially, and amounts and dates written the local way. */
const CSV_CELLS: readonly string[] = [
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1:A2)',
  '=cmd|" /C calc"!A0',
  '\t=1',
  '"',
  '""',
  '"quoted"',
  'a"b',
  'a,b',
  'a;b',
  'a\tb',
  'line\nbreak',
  'line\r\nbreak',
  'carriage\rreturn',
  '\ufeffid',
  '(1,200.00)',
  '1 200,00',
  '¥1200',
  'CNY 1200',
  '5%',
  '1200-',
  '31/03/2026',
  '03/31/2026',
  '2026-03-31 00:00',
  '45747',
  '#N/A',
  '#REF!',
  'NULL',
  '\\N',
];

/**
 * A fast-check arbitrary of CSV cell contents (before any quoting) that break naive readers: formula
 * injection (`=1+1`, `@SUM(…)`), quotes, delimiters and line breaks inside the value, a byte-order mark,
 * amounts and dates written the local way (`(1,200.00)`, `31/03/2026`, `¥1200`), spreadsheet error
 * values, plus every hostile string of {@link hostileStringArbitrary}.
 *
 * @param options - The longest cell.
 * @returns An arbitrary of cell texts.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `maxLength` is not a whole number.
 *
 * @example
 * ```ts
 * import { hostileCsvCellArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const cells = fc.sample(hostileCsvCellArbitrary(), { numRuns: 300, seed: 1 });
 * console.log(cells.some((cell) => cell.includes('"')), cells.some((cell) => cell.includes('\n'))); // true true
 * ```
 */
export function hostileCsvCellArbitrary(options: HostileCsvCellArbitraryOptions = {}): fc.Arbitrary<string> {
  const maxLength = readCount('hostileCsvCellArbitrary', 'maxLength', options.maxLength ?? 2000);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...CSV_CELLS.filter((cell) => cell.length <= maxLength)), weight: 2 },
    { arbitrary: hostileStringArbitrary({ maxLength }), weight: 2 },
    { arbitrary: fc.string({ maxLength: Math.min(maxLength, 20) }), weight: 1 },
  );
}
