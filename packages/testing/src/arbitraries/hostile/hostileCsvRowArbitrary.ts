import fc from 'fast-check';
import { readCount } from '../../_internals/readCount.ts';
import { hostileCsvCellArbitrary } from './hostileCsvCellArbitrary.ts';

/** Options of {@link hostileCsvRowArbitrary}. */
export interface HostileCsvRowArbitraryOptions {
  /** How many cells a well-formed row of the file has. */
  readonly columns: number;
  /**
   * The cells to draw; a row sometimes has one cell more or fewer than `columns`.
   * @defaultValue `hostileCsvCellArbitrary()`
   */
  readonly cells?: fc.Arbitrary<string>;
}

/** How one cell is written: quoted as RFC 4180 says, left bare, or with a quote that is never closed. */
type Quoting = 'rfc4180' | 'bare' | 'unclosed';

function writeCell(cell: string, quoting: Quoting): string {
  if (quoting === 'bare') return cell;
  const escaped = cell.replaceAll('"', '""');
  return quoting === 'rfc4180' ? `"${escaped}"` : `"${escaped}`;
}

/**
 * A fast-check arbitrary of one CSV record as raw text, the way a broken export writes it: hostile cells,
 * each quoted properly, left bare (so a comma or line break inside splits it) or opened with a quote that
 * never closes; sometimes a cell too many or too few; a comma, semicolon or tab between cells; and a
 * `\n`, `\r\n`, `\r` or no line ending.
 *
 * @param options - The number of columns and, optionally, the cells to draw.
 * @returns An arbitrary of record texts.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` when `columns` is not a whole number.
 *
 * @example
 * ```ts
 * import { hostileCsvRowArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const rows = fc.sample(hostileCsvRowArbitrary({ columns: 3, cells: fc.constant('a,b') }), { numRuns: 100, seed: 1 });
 * console.log(rows.includes('"a,b","a,b","a,b"\n'), rows.some((row) => row.startsWith('a,b,'))); // true true
 * ```
 */
export function hostileCsvRowArbitrary(options: HostileCsvRowArbitraryOptions): fc.Arbitrary<string> {
  const columns = readCount('hostileCsvRowArbitrary', 'columns', options.columns);
  const cells = options.cells ?? hostileCsvCellArbitrary({ maxLength: 300 });
  const quoting = fc.oneof(
    { arbitrary: fc.constant<Quoting>('rfc4180'), weight: 3 },
    { arbitrary: fc.constant<Quoting>('bare'), weight: 2 },
    { arbitrary: fc.constant<Quoting>('unclosed'), weight: 1 },
  );
  return fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.constant(columns), weight: 4 },
        fc.constantFrom(Math.max(0, columns - 1), columns + 1),
      ),
      fc.oneof({ arbitrary: fc.constant(','), weight: 4 }, fc.constantFrom(';', '\t')),
      fc.oneof({ arbitrary: fc.constant('\n'), weight: 4 }, fc.constantFrom('\r\n', '\r', '')),
      fc.array(fc.tuple(cells, quoting), { minLength: columns + 1, maxLength: columns + 1 }),
    )
    .map(([count, delimiter, ending, drawn]) => {
      const written = drawn.slice(0, count).map(([cell, how]) => writeCell(cell, how));
      return `${written.join(delimiter)}${ending}`;
    });
}
