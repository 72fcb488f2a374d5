import { deepFreeze } from '@receivables/core';
import type { RiskTierDefinition } from './RiskTierDefinition.ts';

/**
 * The five risk tiers of spec §1.8 (分级设定 / 分级触发 / 分级措施) as data. Any one trigger puts a
 * customer in its tier and the highest tier wins:
 *
 * | tier | triggers | measures |
 * |---|---|---|
 * | 0 normal | none fires (DPD ≤ 0, utilisation ≤ 80%) | pre-due reminders |
 * | 1 watch (关注) | DPD 1–30; utilisation above 80% up to 100%; 1 signal | overdue cadence; reconcile the statement |
 * | 2 warning (预警) | DPD 31–60; utilisation above 100%; 1 broken promise; ≥ 2 signals | credit hold; payment mode one step stricter; finance-to-finance contact; site visit |
 * | 3 serious (严重) | DPD 61–90; ≥ 2 broken promises; ≥ 3 signals | stop supply; cash in advance; executive contact; repayment plan plus guarantee; downgrade one grade |
 * | 4 legal (法律) | DPD > 90; a critical signal; limitation expiry ≤ 180 days | lawyer's letter; suit, arbitration or payment order; asset preservation; provision or write-off |
 *
 * @example
 * ```ts
 * import { defaultRiskTiers } from '@receivables/credit-scoring';
 *
 * console.log(defaultRiskTiers.map((tier) => `${tier.tier} ${tier.label['zh-CN']}`).join(', ')); // 0 正常, 1 关注, 2 预警, 3 严重, 4 法律
 * ```
 */
export const defaultRiskTiers: readonly RiskTierDefinition[] = /* @__PURE__ */ deepFreeze([
  {
    tier: 0,
    id: 'normal',
    label: { en: 'Normal', 'zh-CN': '正常' },
    triggers: [],
    measures: [{ id: 'preDueReminders', label: { en: 'Pre-due reminders', 'zh-CN': '到期前提醒' } }],
  },
  {
    tier: 1,
    id: 'watch',
    label: { en: 'Watch', 'zh-CN': '关注' },
    triggers: [
      {
        id: 'dpd1to30',
        fact: 'daysPastDue',
        atLeast: 1,
        atMost: 30,
        label: { en: '1–30 days past due', 'zh-CN': '逾期1–30天' },
      },
      {
        id: 'utilisation80to100',
        fact: 'utilisation',
        greaterThan: 0.8,
        atMost: 1,
        label: { en: 'Limit utilisation above 80% up to 100%', 'zh-CN': '额度使用率80%–100%' },
      },
      {
        id: 'oneSignal',
        fact: 'signalCount',
        atLeast: 1,
        atMost: 1,
        label: { en: 'One danger signal', 'zh-CN': '出现1个危险信号' },
      },
    ],
    measures: [
      { id: 'overdueCadence', label: { en: 'Overdue reminder cadence', 'zh-CN': '按逾期节奏催收' } },
      { id: 'reconcileStatement', label: { en: 'Reconcile the statement', 'zh-CN': '对账' } },
    ],
  },
  {
    tier: 2,
    id: 'warning',
    label: { en: 'Warning', 'zh-CN': '预警' },
    triggers: [
      {
        id: 'dpd31to60',
        fact: 'daysPastDue',
        atLeast: 31,
        atMost: 60,
        label: { en: '31–60 days past due', 'zh-CN': '逾期31–60天' },
      },
      {
        id: 'utilisationAbove100',
        fact: 'utilisation',
        greaterThan: 1,
        label: { en: 'Limit utilisation above 100%', 'zh-CN': '额度使用率超过100%' },
      },
      {
        id: 'oneBrokenPromise',
        fact: 'brokenPromises',
        atLeast: 1,
        atMost: 1,
        label: { en: 'One broken payment promise', 'zh-CN': '1次违背付款承诺' },
      },
      {
        id: 'twoSignals',
        fact: 'signalCount',
        atLeast: 2,
        label: { en: 'Two or more danger signals', 'zh-CN': '出现2个及以上危险信号' },
      },
    ],
    measures: [
      { id: 'creditHold', label: { en: 'Credit hold', 'zh-CN': '暂停赊销' } },
      {
        id: 'stricterPaymentMode',
        label: { en: 'Payment mode one step stricter', 'zh-CN': '付款方式收紧一级' },
      },
      { id: 'financeContact', label: { en: 'Finance-to-finance contact', 'zh-CN': '财务对财务沟通' } },
      { id: 'siteVisit', label: { en: 'Site visit', 'zh-CN': '上门拜访' } },
    ],
  },
  {
    tier: 3,
    id: 'serious',
    label: { en: 'Serious', 'zh-CN': '严重' },
    triggers: [
      {
        id: 'dpd61to90',
        fact: 'daysPastDue',
        atLeast: 61,
        atMost: 90,
        label: { en: '61–90 days past due', 'zh-CN': '逾期61–90天' },
      },
      {
        id: 'twoBrokenPromises',
        fact: 'brokenPromises',
        atLeast: 2,
        label: { en: 'Two or more broken payment promises', 'zh-CN': '2次及以上违背付款承诺' },
      },
      {
        id: 'threeSignals',
        fact: 'signalCount',
        atLeast: 3,
        label: { en: 'Three or more danger signals', 'zh-CN': '出现3个及以上危险信号' },
      },
    ],
    measures: [
      { id: 'stopSupply', label: { en: 'Stop supply', 'zh-CN': '停止供货' } },
      { id: 'cashInAdvance', label: { en: 'Payment mode: cash in advance', 'zh-CN': '改为先款后货' } },
      { id: 'executiveContact', label: { en: 'Executive contact', 'zh-CN': '高层沟通' } },
      {
        id: 'repaymentPlanWithGuarantee',
        label: { en: 'Signed repayment plan plus guarantee', 'zh-CN': '签订还款计划并提供担保' },
      },
      { id: 'downgradeOneGrade', label: { en: 'Downgrade one grade', 'zh-CN': '信用等级下调一级' } },
    ],
  },
  {
    tier: 4,
    id: 'legal',
    label: { en: 'Legal', 'zh-CN': '法律' },
    triggers: [
      {
        id: 'dpdAbove90',
        fact: 'daysPastDue',
        greaterThan: 90,
        label: { en: 'More than 90 days past due', 'zh-CN': '逾期超过90天' },
      },
      {
        id: 'criticalSignal',
        fact: 'criticalSignalCount',
        atLeast: 1,
        label: { en: 'A critical danger signal', 'zh-CN': '出现关键危险信号' },
      },
      {
        id: 'limitationExpirySoon',
        fact: 'daysToLimitationExpiry',
        atMost: 180,
        label: { en: 'Limitation period ends within 180 days', 'zh-CN': '诉讼时效180天内届满' },
      },
    ],
    measures: [
      { id: 'lawyersLetter', label: { en: "Lawyer's letter", 'zh-CN': '律师函' } },
      {
        id: 'legalAction',
        label: { en: 'Suit, arbitration or payment order', 'zh-CN': '起诉、仲裁或申请支付令' },
      },
      { id: 'assetPreservation', label: { en: 'Asset preservation', 'zh-CN': '财产保全' } },
      { id: 'provisionOrWriteOff', label: { en: 'Provision or write-off', 'zh-CN': '计提坏账准备或核销' } },
    ],
  },
]);
