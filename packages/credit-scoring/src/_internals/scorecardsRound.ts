/**
 * Rounds a binary floating-point result to a number of decimal places (`scale` = 10^places), half away
 * from zero. Float noise just below a half (`1.005 × 100 = 100.49999999999999`) counts as the half the
 * decimal inputs meant: the tolerance, 10⁻⁹ of a unit or 10⁻¹³ of the value, is far above float noise
 * and far below any real difference at the at most 6 places allowed. `-0` becomes `0`.
 *
 * @internal
 */
export function scorecardsRound(value: number, scale: number): number {
  const scaled = Math.abs(value) * scale;
  let whole = Math.floor(scaled);
  if (scaled - whole >= 0.5 - Math.max(1e-9, scaled * 1e-13)) whole += 1;
  if (whole === 0) return 0;
  const rounded = whole / scale;
  return value < 0 ? -rounded : rounded;
}
