import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { CreditLimitMethod } from './CreditLimitMethod.ts';

/**
 * The name and formula of each credit-limit method in English and Chinese (spec §1.3).
 *
 * @example
 * ```ts
 * import { creditLimitMethodLabels } from '@receivables/credit-scoring';
 *
 * console.log(creditLimitMethodLabels.netAssets['zh-CN']); // 净资产法：L2 = 净资产 × r
 * ```
 */
export const creditLimitMethodLabels: Readonly<Record<CreditLimitMethod, LocalizedLabel>> =
  /* @__PURE__ */ Object.freeze({
    salesForecast: Object.freeze({
      en: 'Sales forecast: L1 = annual credit sales / 12 × (credit days / 30 + cycle months)',
      'zh-CN': '销售额预测法：L1 = 年赊销额 / 12 × (信用天数 / 30 + 结算周期月数)',
    }),
    netAssets: Object.freeze({
      en: 'Net assets: L2 = net assets × r',
      'zh-CN': '净资产法：L2 = 净资产 × r',
    }),
    payingCapacity: Object.freeze({
      en: 'Paying capacity: L3 = min(average monthly receipts × credit days / 30, working capital × 10%)',
      'zh-CN': '付款能力法：L3 = min(近6个月月均回款 × 信用天数 / 30, 营运资金 × 10%)',
    }),
  });
