import type { BundleContributor } from './contributorsOf.ts';
import { formatKilobytes } from './formatKilobytes.ts';

/** One row of the size table. */
export interface SizeRow {
  /** What the app imports. */
  readonly label: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly contributors: readonly BundleContributor[];
  /** The script-catalog locales whose texts are inside, when the row is about the script catalog. */
  readonly locales?: readonly string[];
}

/**
 * Renders bundle sizes as a Markdown table: minified, minified and gzipped, the largest parts (share of
 * the minified bytes) and, for the script catalog, the locales inside.
 *
 * @param rows - The measured bundles.
 * @returns The table, ending with a newline.
 *
 * @example
 * ```ts
 * import { formatSizeTable } from '@receivables/quality';
 *
 * const table = formatSizeTable([
 *   { label: 'a', minified: 20_000, gzipped: 6_000, contributors: [{ name: 'zod', bytes: 15_000 }, { name: 'x', bytes: 5_000 }] },
 *   { label: 'b', minified: 1_000, gzipped: 500, contributors: [], locales: [] },
 * ]);
 * console.log(table.split('\n')[2]); // | a | 20.0 kB | 6.0 kB | zod 75%, x 25% |  |
 * console.log(table.split('\n')[3]); // | b | 1.0 kB | 0.5 kB |  | none |
 * ```
 */
export function formatSizeTable(rows: readonly SizeRow[]): string {
  const lines = [
    '| what the app imports | minified | min + gzip | largest parts | locales inside |',
    '| --- | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const parts = row.contributors
      .slice(0, 3)
      .map((part) => `${part.name} ${Math.round((part.bytes / row.minified) * 100)}%`)
      .join(', ');
    const locales =
      row.locales === undefined ? '' : row.locales.length === 0 ? 'none' : row.locales.join(', ');
    lines.push(
      `| ${row.label} | ${formatKilobytes(row.minified)} | ${formatKilobytes(row.gzipped)} | ${parts} | ${locales} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
