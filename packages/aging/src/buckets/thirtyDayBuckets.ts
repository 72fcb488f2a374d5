import { deepFreeze } from '@receivables/core';
import type { BucketScheme } from './BucketScheme.ts';

/**
 * The 30-day aging scheme (id `thirtyDay`), counted in days past due: not due, 1–30, 31–60, 61–90,
 * 91–120 and over 120 days; upper bounds inclusive (spec §2.2). The default scheme of
 * `ageReceivables` and `createAgingAccumulator`.
 *
 * @example
 * ```ts
 * import { findBucketIndex, thirtyDayBuckets } from '@receivables/aging';
 *
 * const bucket = thirtyDayBuckets.buckets[findBucketIndex(thirtyDayBuckets, 31)];
 * console.log(bucket?.id, bucket?.label.en, bucket?.label['zh-CN']); // d31to60 31–60 days 逾期31-60天
 * ```
 */
export const thirtyDayBuckets: BucketScheme = /* @__PURE__ */ deepFreeze({
  id: 'thirtyDay',
  unit: 'days',
  buckets: [
    { id: 'notDue', label: { en: 'Not due', 'zh-CN': '未到期' }, to: 0 },
    { id: 'd1to30', label: { en: '1–30 days', 'zh-CN': '逾期1-30天' }, from: 1, to: 30 },
    { id: 'd31to60', label: { en: '31–60 days', 'zh-CN': '逾期31-60天' }, from: 31, to: 60 },
    { id: 'd61to90', label: { en: '61–90 days', 'zh-CN': '逾期61-90天' }, from: 61, to: 90 },
    { id: 'd91to120', label: { en: '91–120 days', 'zh-CN': '逾期91-120天' }, from: 91, to: 120 },
    { id: 'over120', label: { en: 'Over 120 days', 'zh-CN': '逾期120天以上' }, from: 121 },
  ],
});
