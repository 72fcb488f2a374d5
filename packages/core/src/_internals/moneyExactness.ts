import type { Decimal } from 'decimal.js';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import { SuiteDecimal } from './SuiteDecimal.ts';

/**
 * Throws unless `a + b` (or `a - b`) fits the suite's precision, so that decimal.js never rounds a sum
 * silently. The digits of the exact result lie between the larger operand's leading digit (plus one for a
 * carry) and the finer operand's last decimal place.
 *
 * @internal
 */
export function requireExactSum(a: Decimal, b: Decimal, api: string): void {
  if (a.isZero() || b.isZero()) return;
  const digits = Math.max(a.e, b.e) + Math.max(a.decimalPlaces(), b.decimalPlaces()) + 2;
  if (digits > SuiteDecimal.precision) throw tooManyDigits(api, `the sum of ${a} and ${b}`, digits);
}

/**
 * Throws unless `a × b` fits the suite's precision: an exact product has at most as many significant
 * digits as its factors together.
 *
 * @internal
 */
export function requireExactProduct(a: Decimal, b: Decimal, api: string): void {
  const digits = a.precision() + b.precision();
  if (digits > SuiteDecimal.precision) throw tooManyDigits(api, `the product of ${a} and ${b}`, digits);
}

function tooManyDigits(api: string, what: string, digits: number): ReceivablesError {
  return new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: ${what} may need ${digits} significant digits, more than the ${SuiteDecimal.precision} kept exactly; round an operand first`,
    { details: { digits, limit: SuiteDecimal.precision } },
  );
}
