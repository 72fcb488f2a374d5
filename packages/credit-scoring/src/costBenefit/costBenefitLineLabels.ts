import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { CostBenefitLineId } from './CostBenefitLineId.ts';

/**
 * The name of each cost/benefit line in English and Chinese, in the order of the decision rule
 * `Δ profit = Δ contribution − Δ opportunity cost − Δ inventory interest + Δ payables saving − Δ bad debt
 * − Δ collection cost − Δ discount cost` (spec §1.9).
 *
 * @example
 * ```ts
 * import { costBenefitLineLabels } from '@receivables/credit-scoring';
 *
 * console.log(Object.values(costBenefitLineLabels).map((label) => label['zh-CN']).join('、')); // 边际贡献、应收账款机会成本、存货占用资金应计利息、应付账款占用资金节省、坏账成本、收账费用、现金折扣成本
 * ```
 */
export const costBenefitLineLabels: Readonly<Record<CostBenefitLineId, LocalizedLabel>> =
  /* @__PURE__ */ Object.freeze({
    contribution: Object.freeze({ en: 'Contribution margin', 'zh-CN': '边际贡献' }),
    opportunityCost: Object.freeze({ en: 'Opportunity cost of receivables', 'zh-CN': '应收账款机会成本' }),
    inventoryInterest: Object.freeze({ en: 'Interest on inventory', 'zh-CN': '存货占用资金应计利息' }),
    payablesSaving: Object.freeze({ en: 'Saving from payables', 'zh-CN': '应付账款占用资金节省' }),
    badDebtCost: Object.freeze({ en: 'Bad-debt cost', 'zh-CN': '坏账成本' }),
    collectionCost: Object.freeze({ en: 'Collection cost', 'zh-CN': '收账费用' }),
    discountCost: Object.freeze({ en: 'Cash-discount cost', 'zh-CN': '现金折扣成本' }),
  });
