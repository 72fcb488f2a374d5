/**
 * Rows of numbers in one growable `Float64Array`. The generator logs a million payments before it can
 * number them in date order; as rows of a typed array they cost the garbage collector nothing, where
 * a million small objects would be traced again at every collection.
 * @internal
 */
export interface NumberTable {
  /** Numbers per row. */
  readonly stride: number;
  rows: number;
  data: Float64Array;
}

/** @internal An empty table with room for `capacity` rows before it grows. */
export function createNumberTable(stride: number, capacity: number): NumberTable {
  return { stride, rows: 0, data: new Float64Array(stride * Math.max(16, capacity)) };
}

/**
 * Adds a row of zeros and returns the offset of its first number in `table.data` (read `data` after
 * this call: growing replaces it).
 * @internal
 */
export function addRow(table: NumberTable): number {
  const offset = table.rows * table.stride;
  if (offset + table.stride > table.data.length) {
    const grown = new Float64Array(table.data.length * 2);
    grown.set(table.data);
    table.data = grown;
  }
  table.rows += 1;
  return offset;
}

/**
 * Row numbers ordered by the day in column `dayColumn`, with a counting sort: stable, and linear in
 * rows plus days, so a million rows over two years sort in milliseconds.
 *
 * @param table - Rows whose days lie from `firstDay` to `lastDay`.
 * @param dayColumn - Which number of a row is its day.
 * @param firstDay - The earliest day number.
 * @param lastDay - The latest day number.
 * @returns Row numbers, earliest day first; rows of one day keep their order.
 * @internal
 */
export function rowsByDay(
  table: NumberTable,
  dayColumn: number,
  firstDay: number,
  lastDay: number,
): Uint32Array {
  const { data, rows, stride } = table;
  const starts = new Uint32Array(lastDay - firstDay + 2);
  for (let row = 0; row < rows; row++) starts[data[row * stride + dayColumn]! - firstDay + 1]! += 1;
  for (let i = 1; i < starts.length; i++) starts[i]! += starts[i - 1]!;
  const ordered = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) {
    const slot = data[row * stride + dayColumn]! - firstDay;
    ordered[starts[slot]!] = row;
    starts[slot]! += 1;
  }
  return ordered;
}
