import { describeValue, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceRateProblem } from './allowanceRateProblem.ts';

/**
 * Reads a loss rate (a decimal from 0 to 1) or a forward-looking factor (a decimal from 0 up), or throws
 * `INVALID_RATE` naming the field, e.g. `requiredAllowance: matrix.bucketRates.y1to2: 1.5 is above 1`.
 *
 * @internal
 */
export function allowanceReadRate(
  value: unknown,
  api: string,
  field: string,
  kind: 'rate' | 'factor',
): Decimal {
  const reading = allowanceRateProblem(value, kind);
  if (reading.ok) return reading.rate;
  throw new ReceivablesError('INVALID_RATE', `${api}: ${field}: ${reading.reason}`, {
    details: { field, value: typeof value === 'object' && value !== null ? describeValue(value) : value },
  });
}
