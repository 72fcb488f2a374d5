/**
 * Prints an exact decimal string with its whole part grouped in threes (`1234567.5` → `1,234,567.5`),
 * keeping every digit and the sign. Both locales the command ships group this way, so the page does
 * not depend on the platform's locale data.
 *
 * @param text - A plain decimal string such as a `ReportAmount.amount` (no exponent).
 * @returns The grouped text; anything that is not a plain decimal is returned unchanged.
 * @internal
 */
export function groupDigits(text: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}
