/** An exact amount with thousands separators and two decimals, from its decimal text (never through a float). */
export function formatAmount(value: { toFixed(decimalPlaces: number): string }): string {
  const [whole = '0', fraction] = value.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}.${fraction}`;
}

/** Prints a titled table: the first column left-aligned, the others right-aligned. */
export function printTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): void {
  const widths = header.map((cell, column) =>
    Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const pad = (cell: string, column: number) => {
    const fill = ' '.repeat(Math.max(0, widths[column]! - displayWidth(cell)));
    return column === 0 ? cell + fill : fill + cell;
  };
  const line = (cells: readonly string[]) => cells.map(pad).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Terminal columns of a text: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
  return width;
}
