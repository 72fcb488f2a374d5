import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { readAmount } from './kpisReadAmount.ts';
import { requireWithin } from './kpisRequireWithin.ts';
import { zeroDivisorError } from './kpisZeroDivisorError.ts';

/**
 * The share a part of the receivables (overdue, over 90 days) has in the total balance, as a fraction
 * in [0, 1]. Shared by `overdueRate` and `longOverdueShare`, which differ only in which part they take.
 *
 * @internal
 */
export function shareOfTotal(
  part: AmountInput,
  total: AmountInput,
  api: string,
  partField: string,
  kpi: string,
): Decimal {
  const partAmount = readAmount(part, api, partField);
  const totalAmount = readAmount(total, api, 'total');
  requireWithin(partAmount, totalAmount, api, partField, 'total');
  if (totalAmount.isZero()) {
    throw zeroDivisorError(
      'ZERO_DENOMINATOR',
      api,
      'total',
      total,
      `${kpi} is undefined without receivables`,
    );
  }
  return partAmount.div(totalAmount);
}
