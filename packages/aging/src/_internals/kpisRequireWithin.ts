import { ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * Refuses a part larger than the whole it belongs to (overdue balance above the total balance, current
 * receivables above all receivables): such inputs come from mismatched reports, and the ratio built
 * from them would look plausible while being wrong.
 *
 * @internal
 */
export function requireWithin(
  part: Decimal,
  whole: Decimal,
  api: string,
  partField: string,
  wholeField: string,
): void {
  if (part.lessThanOrEqualTo(whole)) return;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${api}: ${partField} ${part.toString()} exceeds ${wholeField} ${whole.toString()}; it is a part of ${wholeField} and cannot be larger`,
    { details: { field: partField, value: part.toString(), [wholeField]: whole.toString() } },
  );
}
