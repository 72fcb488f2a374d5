import { toDecimalString } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { ReportAmount } from '../ReportData.ts';

/**
 * An exact amount for the report: the decimal with all the currency's minor units (`1500` in CNY
 * gives `'1500.00'`).
 *
 * @param amount - The exact amount, with no more decimals than the currency has minor units.
 * @param currency - Its ISO 4217 code.
 * @returns The report amount.
 * @throws {ReceivablesError} `AMOUNT_TOO_PRECISE` (from `toDecimalString`) for more decimals than the
 *   currency allows: amounts are rounded deliberately before, never here.
 * @internal
 */
export function reportAmount(amount: Decimal, currency: string): ReportAmount {
  return { amount: toDecimalString({ amount, currency }), currency };
}
