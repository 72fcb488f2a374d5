import type { LocalizedLabel } from '../../grades/LocalizedLabel.ts';
import type { PaydexBand } from './PaydexBand.ts';

/**
 * The name of each payment-behaviour risk band in English and Chinese, for reports.
 *
 * @example
 * ```ts
 * import { paydexBandLabels } from '@receivables/credit-scoring';
 *
 * console.log(paydexBandLabels.medium.en, paydexBandLabels.medium['zh-CN']); // Medium risk (50–79) 中等风险（50–79）
 * ```
 */
export const paydexBandLabels: Readonly<Record<PaydexBand, LocalizedLabel>> = /* @__PURE__ */ Object.freeze({
  low: Object.freeze({ en: 'Low risk (80–100)', 'zh-CN': '低风险（80–100）' }),
  medium: Object.freeze({ en: 'Medium risk (50–79)', 'zh-CN': '中等风险（50–79）' }),
  high: Object.freeze({ en: 'High risk (1–49)', 'zh-CN': '高风险（1–49）' }),
});
