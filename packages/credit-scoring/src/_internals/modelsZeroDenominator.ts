import type { AmountInput } from '@receivables/core';
import { describeValue, ReceivablesError } from '@receivables/core';

/**
 * The `ZERO_DENOMINATOR` error for a ratio whose denominator is zero, instead of dividing by it. The
 * message names the function, the field and the value, and says what is undefined.
 *
 * @internal
 */
export function modelsZeroDenominator(
  api: string,
  field: string,
  value: AmountInput | undefined,
  consequence: string,
): ReceivablesError {
  return new ReceivablesError(
    'ZERO_DENOMINATOR',
    `${api}: ${field}: ${describeValue(value)} is zero; ${consequence}`,
    { details: { field, value: typeof value === 'object' && value !== null ? String(value) : value } },
  );
}
