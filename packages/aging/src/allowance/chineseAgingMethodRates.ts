import { deepFreeze } from '@receivables/core';
import type { AllowanceRateMatrix } from './AllowanceRateMatrix.ts';

/**
 * The most common A-share aging-method matrix (账龄分析法, spec §2.3, a typical default and not a rule):
 * 5 % within 1 year, 10 % for 1–2 years, 30 % for 2–3, 50 % for 3–4, 80 % for 4–5 and 100 % over
 * 5 years, keyed by the bucket ids of `chineseAnnualBuckets`. Frozen; copy it into your own matrix
 * (and check it with {@link createAllowanceRateMatrix}) to change a rate.
 *
 * @example
 * ```ts
 * import { chineseAgingMethodRates } from '@receivables/aging';
 *
 * console.log(chineseAgingMethodRates.bucketRates); // {"within1y":"0.05","y1to2":"0.10","y2to3":"0.30","y3to4":"0.50","y4to5":"0.80","over5y":"1.00"}
 * ```
 */
export const chineseAgingMethodRates: AllowanceRateMatrix = /* @__PURE__ */ deepFreeze({
  id: 'chineseAgingMethod',
  description:
    'The common A-share aging-method matrix (账龄分析法): 5/10/30/50/80/100 % for ≤1, 1–2, 2–3, 3–4, 4–5 and >5 years, by chineseAnnual bucket id.',
  bucketRates: {
    within1y: '0.05',
    y1to2: '0.10',
    y2to3: '0.30',
    y3to4: '0.50',
    y4to5: '0.80',
    over5y: '1.00',
  },
});
