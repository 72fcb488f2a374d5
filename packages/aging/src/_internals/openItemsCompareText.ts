/**
 * Compares text in code-unit order: the same on every machine and in every locale, unlike
 * `localeCompare`, so sorted reports are reproducible.
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
