/**
 * Shows a byte count in kilobytes (1 kB = 1000 bytes, as bundle-size tools report) with one decimal.
 *
 * @param bytes - The size in bytes.
 * @returns The size, e.g. `12.3 kB`.
 *
 * @example
 * ```ts
 * import { formatKilobytes } from '@receivables/quality';
 *
 * console.log(formatKilobytes(12_345), formatKilobytes(800)); // 12.3 kB 0.8 kB
 * ```
 */
export function formatKilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
