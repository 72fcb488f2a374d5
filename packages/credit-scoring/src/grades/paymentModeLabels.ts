import type { LocalizedLabel } from './LocalizedLabel.ts';
import type { PaymentMode } from './PaymentMode.ts';

/**
 * The name of each payment mode in English and Chinese (spec §1.4).
 *
 * @example
 * ```ts
 * import { paymentModeLabels } from '@receivables/credit-scoring';
 *
 * console.log(paymentModeLabels.cashInAdvance['zh-CN'], paymentModeLabels.cashInAdvance.en); // 先款后货 Cash in advance
 * ```
 */
export const paymentModeLabels: Readonly<Record<PaymentMode, LocalizedLabel>> = /* @__PURE__ */ Object.freeze(
  {
    openAccount: Object.freeze({ en: 'Open account', 'zh-CN': '先货后款' }),
    finalPaymentBeforeFinalGoods: Object.freeze({
      en: 'Final payment before final goods',
      'zh-CN': '尾款尾货',
    }),
    cashOnDelivery: Object.freeze({ en: 'Cash on delivery', 'zh-CN': '同款同货' }),
    cashInAdvance: Object.freeze({ en: 'Cash in advance', 'zh-CN': '先款后货' }),
  },
);
