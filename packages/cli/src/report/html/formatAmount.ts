import type { ReportAmount } from '../ReportData.ts';
import { groupDigits } from './groupDigits.ts';

/**
 * Prints an amount with its currency code, every minor unit kept: `CNY 1,234.50`.
 *
 * @param amount - An exact amount.
 * @returns The text (not yet HTML-escaped).
 * @internal
 */
export function formatAmount(amount: ReportAmount): string {
  return `${amount.currency} ${groupDigits(amount.amount)}`;
}
