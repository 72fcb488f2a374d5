import {
  decimal,
  type RoundingMode,
  roundCeiling,
  roundDown,
  roundFloor,
  roundHalfDown,
  roundHalfEven,
  roundHalfUp,
  roundUp,
} from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { agedBalancesMinorDecimal } from './agedBalancesMinorDecimal.ts';

/** Where the remainder of a division lies: none, below half a unit, exactly half, above half. */
type Remainder = 'none' | 'below' | 'half' | 'above';

/**
 * `numerator ÷ denominator` rounded to 2 decimals with `mode`, exactly, for integers with a positive
 * denominator. The quotient may not terminate, so it is never formed: integer division gives
 * `|n| × 100 = q × d + r`, and the rounding depends only on `q`, the sign and where `r` lies against
 * `d / 2`. The suite's own modes are applied to those integers directly (a report rounds one average
 * per line, tens of thousands of them); any other mode is shown `q` followed by a digit standing for
 * the remainder (none, 25 below half, 5 at half, 75 above), which it treats as the true quotient.
 *
 * @internal
 */
export function agedBalancesRoundedRatio(
  numerator: number | bigint,
  denominator: number | bigint,
  mode: RoundingMode,
): Decimal {
  const negative = numerator < 0;
  const size = negative ? -numerator : numerator;
  const [quotient, remainder] =
    typeof size === 'number' &&
    typeof denominator === 'number' &&
    size * 100 + denominator <= Number.MAX_SAFE_INTEGER
      ? divideNumbers(size * 100, denominator)
      : divideBigints(BigInt(size) * 100n, BigInt(denominator));
  const awayFromZero = roundsAway(mode, remainder, negative, quotient);
  if (awayFromZero !== undefined) {
    const hundredths = awayFromZero ? increment(quotient) : quotient;
    return agedBalancesMinorDecimal(negative ? -hundredths : hundredths, 2);
  }
  const tail = remainder === 'none' ? '' : remainder === 'below' ? '25' : remainder === 'half' ? '5' : '75';
  return mode(decimal(`${negative ? '-' : ''}${quotient}${tail === '' ? '' : `.${tail}`}e-2`), 2);
}

/** Whether a suite mode moves `q` one unit away from zero; `undefined` for a mode of the caller's own. */
function roundsAway(
  mode: RoundingMode,
  remainder: Remainder,
  negative: boolean,
  quotient: number | bigint,
): boolean | undefined {
  if (remainder === 'none') return false;
  if (mode === roundHalfUp) return remainder !== 'below';
  if (mode === roundHalfEven) return remainder === 'above' || (remainder === 'half' && isOdd(quotient));
  if (mode === roundHalfDown) return remainder === 'above';
  if (mode === roundDown) return false;
  if (mode === roundUp) return true;
  if (mode === roundFloor) return negative;
  if (mode === roundCeiling) return !negative;
  return undefined;
}

/** Both operands and `dividend + divisor` are safe, so every product below is exact. */
function divideNumbers(dividend: number, divisor: number): [number, Remainder] {
  let quotient = Math.floor(dividend / divisor);
  let remainder = dividend - quotient * divisor;
  // Float division may land one off the integer quotient; the exact remainder says which way.
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  return [quotient, classify(Math.sign(remainder), Math.sign(remainder * 2 - divisor))];
}

function divideBigints(dividend: bigint, divisor: bigint): [bigint, Remainder] {
  const quotient = dividend / divisor;
  const remainder = dividend - quotient * divisor;
  const half = remainder * 2n - divisor;
  return [quotient, classify(remainder === 0n ? 0 : 1, half === 0n ? 0 : half < 0n ? -1 : 1)];
}

function classify(remainderSign: number, sideOfHalf: number): Remainder {
  if (remainderSign === 0) return 'none';
  return sideOfHalf < 0 ? 'below' : sideOfHalf === 0 ? 'half' : 'above';
}

function isOdd(value: number | bigint): boolean {
  return typeof value === 'number' ? value % 2 === 1 : value % 2n === 1n;
}

function increment(value: number | bigint): number | bigint {
  return typeof value === 'number' ? value + 1 : value + 1n;
}
