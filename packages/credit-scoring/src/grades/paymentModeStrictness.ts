import type { PaymentMode } from './PaymentMode.ts';

/**
 * The strictness rank of each payment mode (spec §1.4): 0 for the loosest (`openAccount`, 先货后款) up to 3
 * for the strictest (`cashInAdvance`, 先款后货). Compare ranks to tell which of two modes is stricter.
 *
 * @example
 * ```ts
 * import { paymentModeStrictness } from '@receivables/credit-scoring';
 *
 * console.log(paymentModeStrictness.cashOnDelivery > paymentModeStrictness.openAccount); // true
 * ```
 */
export const paymentModeStrictness: Readonly<Record<PaymentMode, number>> = /* @__PURE__ */ Object.freeze({
  openAccount: 0,
  finalPaymentBeforeFinalGoods: 1,
  cashOnDelivery: 2,
  cashInAdvance: 3,
});
