import { deepFreeze } from '@receivables/core';
import { defaultGradeRules } from '../rules/defaultGradeRules.ts';
import type { ScorecardDefinition } from '../scorecards/ScorecardDefinition.ts';

/**
 * The seven-item evaluation (客户信用七项评估, spec §1.1) as data: the 5C (Character, Capacity, Capital,
 * Collateral, Conditions) plus Cash flow and Continuity, weights 20/15/15/10/10/15/15 (total 100) and
 * the spec's factor scores:
 * - Character: `100 × onTimeRatio − 20 × brokenPromises`, floor 0; a new customer (no `onTimeRatio`)
 *   counts as 0.6 on time, so 60 with clean records;
 * - Capacity (`currentRatio`): ≥2 → 100, ≥1.5 → 80, ≥1 → 60, below → 30;
 * - Capital (`debtToAssets`): ≤40% → 100, ≤60% → 80, ≤70% → 60, ≤85% → 30, above → 0;
 * - Collateral (`collateralCoverage`): ≥100% → 100, ≥50% → 60, above 0 → 30, none → 0 (also when absent);
 * - Conditions (`outlook`): favourable 100, neutral 60, adverse 20;
 * - Cash flow (`operatingCashFlowToCurrentLiabilities`): ≥0.2 → 100, ≥0 → 60, below → 0;
 * - Continuity (`yearsTrading`): ≥3 → 100, ≥1 → 70, below → 40; at most 40 when `companyAgeYears` < 2.
 *
 * Other missing values are refused (`MISSING_FACTOR_VALUE`). The rules are {@link defaultGradeRules}
 * and the grades `defaultGradeScale`. Copy and edit it to change any default, then `createScorecard`.
 *
 * @example
 * ```ts
 * import { sevenItemScorecardDefinition } from '@receivables/credit-scoring';
 *
 * console.log(sevenItemScorecardDefinition.factors.map((factor) => `${factor.id} ${factor.weight}`).join(', ')); // character 20, capacity 15, capital 15, collateral 10, conditions 10, cashFlow 15, continuity 15
 * ```
 */
export const sevenItemScorecardDefinition: ScorecardDefinition = /* @__PURE__ */ deepFreeze({
  id: 'sevenItem',
  label: { en: 'Seven-item credit evaluation', 'zh-CN': '客户信用七项评估' },
  scale: { kind: 'percent' },
  totalWeight: 100,
  factors: [
    {
      id: 'character',
      kind: 'linear',
      label: { en: 'Character', 'zh-CN': '品质' },
      weight: 20,
      terms: [
        { field: 'onTimeRatio', coefficient: 100, ifMissing: 0.6, validRange: { min: 0, max: 1 } },
        { field: 'brokenPromises', coefficient: -20, ifMissing: 0, validRange: { min: 0 } },
      ],
      minPoints: 0,
      maxPoints: 100,
      reason: {
        code: 'PAYMENT_RECORD',
        label: {
          en: 'Payment record: late payments, broken promises or no history with us',
          'zh-CN': '付款记录：逾期付款、未兑现付款承诺或无交易记录',
        },
      },
    },
    {
      id: 'capacity',
      kind: 'bands',
      label: { en: 'Capacity', 'zh-CN': '能力' },
      weight: 15,
      field: 'currentRatio',
      direction: 'higherIsBetter',
      validRange: { min: 0 },
      bands: [
        { points: 30 },
        { atLeast: 1, points: 60 },
        { atLeast: 1.5, points: 80 },
        { atLeast: 2, points: 100 },
      ],
      reason: { code: 'LOW_LIQUIDITY', label: { en: 'Low current ratio', 'zh-CN': '流动比率偏低' } },
    },
    {
      id: 'capital',
      kind: 'bands',
      label: { en: 'Capital', 'zh-CN': '资本' },
      weight: 15,
      field: 'debtToAssets',
      direction: 'lowerIsBetter',
      validRange: { min: 0 },
      bands: [
        { points: 100 },
        { above: 0.4, points: 80 },
        { above: 0.6, points: 60 },
        { above: 0.7, points: 30 },
        { above: 0.85, points: 0 },
      ],
      reason: {
        code: 'HIGH_LEVERAGE',
        label: { en: 'High debt-to-assets ratio', 'zh-CN': '资产负债率偏高' },
      },
    },
    {
      id: 'collateral',
      kind: 'bands',
      label: { en: 'Collateral', 'zh-CN': '抵押' },
      weight: 10,
      field: 'collateralCoverage',
      direction: 'higherIsBetter',
      validRange: { min: 0 },
      missing: { points: 0 },
      bands: [
        { points: 0 },
        { above: 0, points: 30 },
        { atLeast: 0.5, points: 60 },
        { atLeast: 1, points: 100 },
      ],
      reason: {
        code: 'LITTLE_COLLATERAL',
        label: { en: 'Security covers less than the requested limit', 'zh-CN': '担保不足以覆盖申请额度' },
      },
    },
    {
      id: 'conditions',
      kind: 'categories',
      label: { en: 'Conditions', 'zh-CN': '条件' },
      weight: 10,
      field: 'outlook',
      categories: [
        { value: 'favourable', points: 100 },
        { value: 'neutral', points: 60 },
        { value: 'adverse', points: 20 },
      ],
      reason: {
        code: 'INDUSTRY_OUTLOOK',
        label: { en: 'Industry or policy outlook not favourable', 'zh-CN': '行业或政策前景不佳' },
      },
    },
    {
      id: 'cashFlow',
      kind: 'bands',
      label: { en: 'Cash flow', 'zh-CN': '现金流' },
      weight: 15,
      field: 'operatingCashFlowToCurrentLiabilities',
      direction: 'higherIsBetter',
      bands: [{ points: 0 }, { atLeast: 0, points: 60 }, { atLeast: 0.2, points: 100 }],
      reason: {
        code: 'WEAK_CASH_FLOW',
        label: {
          en: 'Operating cash flow weak against current liabilities',
          'zh-CN': '经营现金流相对流动负债偏弱',
        },
      },
    },
    {
      id: 'continuity',
      kind: 'bands',
      label: { en: 'Continuity', 'zh-CN': '连续性' },
      weight: 15,
      field: 'yearsTrading',
      direction: 'higherIsBetter',
      validRange: { min: 0 },
      bands: [{ points: 40 }, { atLeast: 1, points: 70 }, { atLeast: 3, points: 100 }],
      caps: [{ when: { field: 'companyAgeYears', lessThan: 2 }, atMost: 40 }],
      reason: {
        code: 'SHORT_RELATIONSHIP',
        label: { en: 'Short trading history or a young company', 'zh-CN': '合作年限短或企业成立时间短' },
      },
    },
  ],
  rules: defaultGradeRules,
});
