import { ReceivablesError, type RoundingMode, roundHalfUp } from '@receivables/core';

/**
 * Checks the rounding option of an allowance function: a function of the `RoundingMode` shape, by
 * default `roundHalfUp` (四舍五入).
 *
 * @internal
 */
export function allowanceRoundingMode(mode: unknown, api: string): RoundingMode {
  if (mode === undefined) return roundHalfUp;
  if (typeof mode === 'function') return mode as RoundingMode;
  throw new ReceivablesError('INVALID_ARGUMENT', `${api}: rounding is not a rounding function`, {
    details: { rounding: typeof mode },
  });
}
