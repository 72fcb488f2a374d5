/**
 * Writes an integer count of minor units as decimal text with exactly `scale` decimals:
 * `formatMinorUnits(123405, 2)` is `'1234.05'`, `formatMinorUnits(7, 3)` is `'0.007'`.
 *
 * @param minor - A safe integer or a bigint.
 * @param scale - The currency's minor-unit digits.
 * @returns The exact decimal text.
 * @internal
 */
export function formatMinorUnits(minor: number | bigint, scale: number): string {
  if (scale === 0) return String(minor);
  if (typeof minor === 'number' && minor >= 0 && scale <= 4) {
    // The generator's hot path: integer division of safe integers is exact, and no padding loop.
    const unit = 10 ** scale;
    const whole = Math.floor(minor / unit);
    return `${whole}.${String(unit + (minor - whole * unit)).slice(1)}`;
  }
  const text = String(minor);
  const negative = text.charCodeAt(0) === 45;
  const digits = (negative ? text.slice(1) : text).padStart(scale + 1, '0');
  const point = digits.length - scale;
  return `${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`;
}
