import { deepFreeze } from '@receivables/core';
import type { GradeScale } from './GradeScale.ts';

/**
 * The default six-grade scale (id `default`) of spec §1.2 and §1.5: AAA ≥90, AA ≥80, A ≥70, B ≥60,
 * C ≥50, D below 50, each with its payment mode, net-asset ratio r, maximum credit days and review
 * interval (AAA/AA 12 months, A/B 6, C/D 3). D's cash in advance may also mean refusing the business.
 *
 * @example
 * ```ts
 * import { defaultGradeScale } from '@receivables/credit-scoring';
 *
 * const aa = defaultGradeScale.grades[1];
 * console.log(aa?.id, aa?.minScore, aa?.paymentMode, aa?.netAssetRatio, aa?.maxCreditDays); // AA 80 openAccount 0.15 60
 * ```
 */
export const defaultGradeScale: GradeScale = /* @__PURE__ */ deepFreeze({
  id: 'default',
  grades: [
    {
      id: 'AAA',
      minScore: 90,
      paymentMode: 'openAccount',
      netAssetRatio: '0.20',
      maxCreditDays: 90,
      reviewMonths: 12,
      label: { en: 'AAA (excellent)', 'zh-CN': 'AAA级（优秀）' },
    },
    {
      id: 'AA',
      minScore: 80,
      paymentMode: 'openAccount',
      netAssetRatio: '0.15',
      maxCreditDays: 60,
      reviewMonths: 12,
      label: { en: 'AA (very good)', 'zh-CN': 'AA级（很好）' },
    },
    {
      id: 'A',
      minScore: 70,
      paymentMode: 'openAccount',
      netAssetRatio: '0.10',
      maxCreditDays: 30,
      reviewMonths: 6,
      label: { en: 'A (good)', 'zh-CN': 'A级（良好）' },
    },
    {
      id: 'B',
      minScore: 60,
      paymentMode: 'finalPaymentBeforeFinalGoods',
      netAssetRatio: '0.05',
      maxCreditDays: 30,
      reviewMonths: 6,
      label: { en: 'B (fair)', 'zh-CN': 'B级（一般）' },
    },
    {
      id: 'C',
      minScore: 50,
      paymentMode: 'cashOnDelivery',
      netAssetRatio: '0',
      maxCreditDays: 0,
      reviewMonths: 3,
      label: { en: 'C (weak)', 'zh-CN': 'C级（较差）' },
    },
    {
      id: 'D',
      minScore: 0,
      paymentMode: 'cashInAdvance',
      netAssetRatio: '0',
      maxCreditDays: 0,
      reviewMonths: 3,
      label: { en: 'D (poor: cash in advance or refuse)', 'zh-CN': 'D级（差：先款后货或拒绝）' },
    },
  ],
});
