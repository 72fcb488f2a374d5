/**
 * Orders strings by UTF-16 code units: the same on every machine and in every locale, unlike
 * `localeCompare`, so rankings never depend on where they run.
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
