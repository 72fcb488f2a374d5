/**
 * Rows a streamed run leaves out on a second pass under `--skip-invalid`: found invalid only once the
 * whole invoices file was read (a repeated invoice id, an application that takes an invoice over its
 * amount), after their effect was already counted. Rows by file label, as spreadsheet rows.
 *
 * @internal
 */
export type StreamExclusions = ReadonlyMap<string, ReadonlySet<number>>;

/**
 * Whether a row is excluded.
 *
 * @param exclusions - The exclusions.
 * @param file - The file label.
 * @param row - The spreadsheet row.
 * @returns `true` when the row is left out.
 * @internal
 */
export function isExcluded(exclusions: StreamExclusions, file: string, row: number): boolean {
  return exclusions.get(file)?.has(row) ?? false;
}
