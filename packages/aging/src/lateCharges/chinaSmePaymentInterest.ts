import type { DailyInterestRate } from './InterestRate.ts';

/**
 * The late-payment interest rate of the PRC SME payment regulation (保障中小企业款项支付条例, 2025 rev.,
 * art. 17) when the parties agreed none: 0.05% a day (万分之五), simple, on the overdue amount (spec §5.3).
 * An agreed rate replaces it but must be at least the 1-year LPR: pass `smePayment` and `lpr` to
 * {@link lateInterest} to check one.
 *
 * @returns The daily rate `'0.0005'` as plain data.
 *
 * @example
 * ```ts
 * import { chinaSmePaymentInterest } from '@receivables/aging';
 *
 * console.log(chinaSmePaymentInterest()); // {"kind":"daily","rate":"0.0005"}
 * ```
 */
export function chinaSmePaymentInterest(): DailyInterestRate {
  return { kind: 'daily', rate: '0.0005' };
}
