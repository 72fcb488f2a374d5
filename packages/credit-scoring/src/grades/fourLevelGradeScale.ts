import { gradesDeepFreeze } from '../_internals/gradesDeepFreeze.ts';
import type { GradeScale } from './GradeScale.ts';

/**
 * The four-level variant (id `fourLevel`) of spec §1.2: A merges AAA, AA and A (score ≥70), then B ≥60,
 * C ≥50 and D below 50. A takes the most cautious terms of the grades it merges, those of the default
 * scale's A (r 10%, 30 credit days, review every 6 months), so that merging never loosens credit.
 *
 * @example
 * ```ts
 * import { fourLevelGradeScale } from '@receivables/credit-scoring';
 *
 * console.log(fourLevelGradeScale.grades.map((grade) => `${grade.id}≥${grade.minScore}`).join(' ')); // A≥70 B≥60 C≥50 D≥0
 * ```
 */
export const fourLevelGradeScale: GradeScale = /* @__PURE__ */ gradesDeepFreeze({
  id: 'fourLevel',
  grades: [
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
