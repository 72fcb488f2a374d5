import { deepFreeze } from '@receivables/core';
import type { BucketScheme } from './BucketScheme.ts';

/**
 * The Chinese annual aging scheme (id `chineseAnnual`, 账龄 as A-share reports disclose it): within
 * 1 year, 1–2, 2–3, 3–4, 4–5 and over 5 years, counted in calendar years with the upper bound inclusive
 * (spec §2.2). Its unit is `calendarYears`: an item's measure is the number of started years, the
 * smallest `k ≥ 0` with `asOf ≤ addYears(date, k)`, so "within 1 year" holds an invoice issued exactly
 * one year before `asOf`. With this scheme the aging basis defaults to the document date.
 *
 * @example
 * ```ts
 * import { chineseAnnualBuckets, findBucketIndex } from '@receivables/aging';
 *
 * // 2 started years: more than one year old, at most two.
 * const bucket = chineseAnnualBuckets.buckets[findBucketIndex(chineseAnnualBuckets, 2)];
 * console.log(bucket?.id, bucket?.label.en, bucket?.label['zh-CN']); // y1to2 1–2 years 1-2年
 * ```
 */
export const chineseAnnualBuckets: BucketScheme = /* @__PURE__ */ deepFreeze({
  id: 'chineseAnnual',
  unit: 'calendarYears',
  buckets: [
    { id: 'within1y', label: { en: 'Within 1 year', 'zh-CN': '1年以内' }, to: 1 },
    { id: 'y1to2', label: { en: '1–2 years', 'zh-CN': '1-2年' }, from: 2, to: 2 },
    { id: 'y2to3', label: { en: '2–3 years', 'zh-CN': '2-3年' }, from: 3, to: 3 },
    { id: 'y3to4', label: { en: '3–4 years', 'zh-CN': '3-4年' }, from: 4, to: 4 },
    { id: 'y4to5', label: { en: '4–5 years', 'zh-CN': '4-5年' }, from: 5, to: 5 },
    { id: 'over5y', label: { en: 'Over 5 years', 'zh-CN': '5年以上' }, from: 6 },
  ],
});
