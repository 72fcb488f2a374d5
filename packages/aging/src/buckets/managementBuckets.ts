import { deepFreeze } from '@receivables/core';
import type { BucketScheme } from './BucketScheme.ts';

/**
 * The management aging scheme (id `management`), counted in days past due: not due, 1–30, 31–60,
 * 61–90, 91–180, 181–365 and over 365 days; upper bounds inclusive (spec §2.2, [P]).
 *
 * @example
 * ```ts
 * import { findBucketIndex, managementBuckets } from '@receivables/aging';
 *
 * const bucket = managementBuckets.buckets[findBucketIndex(managementBuckets, 365)];
 * console.log(bucket?.id, bucket?.label['zh-CN']); // d181to365 逾期181-365天
 * ```
 */
export const managementBuckets: BucketScheme = /* @__PURE__ */ deepFreeze({
  id: 'management',
  unit: 'days',
  buckets: [
    { id: 'notDue', label: { en: 'Not due', 'zh-CN': '未到期' }, to: 0 },
    { id: 'd1to30', label: { en: '1–30 days', 'zh-CN': '逾期1-30天' }, from: 1, to: 30 },
    { id: 'd31to60', label: { en: '31–60 days', 'zh-CN': '逾期31-60天' }, from: 31, to: 60 },
    { id: 'd61to90', label: { en: '61–90 days', 'zh-CN': '逾期61-90天' }, from: 61, to: 90 },
    { id: 'd91to180', label: { en: '91–180 days', 'zh-CN': '逾期91-180天' }, from: 91, to: 180 },
    { id: 'd181to365', label: { en: '181–365 days', 'zh-CN': '逾期181-365天' }, from: 181, to: 365 },
    { id: 'over365', label: { en: 'Over 365 days', 'zh-CN': '逾期365天以上' }, from: 366 },
  ],
});
