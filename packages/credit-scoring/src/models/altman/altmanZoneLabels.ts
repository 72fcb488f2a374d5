import type { LocalizedLabel } from '../../grades/LocalizedLabel.ts';
import type { AltmanZone } from './AltmanZone.ts';

/**
 * The name of each Altman zone in English and Chinese, for reports.
 *
 * @example
 * ```ts
 * import { altmanZoneLabels } from '@receivables/credit-scoring';
 *
 * console.log(altmanZoneLabels.grey.en, altmanZoneLabels.grey['zh-CN']); // Grey zone 灰色区
 * ```
 */
export const altmanZoneLabels: Readonly<Record<AltmanZone, LocalizedLabel>> = /* @__PURE__ */ Object.freeze({
  distress: Object.freeze({ en: 'Distress zone', 'zh-CN': '困境区' }),
  grey: Object.freeze({ en: 'Grey zone', 'zh-CN': '灰色区' }),
  safe: Object.freeze({ en: 'Safe zone', 'zh-CN': '安全区' }),
});
