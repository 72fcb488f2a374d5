/**
 * A line of a credit-policy cost/benefit statement (spec §1.9): `contribution` (边际贡献),
 * `opportunityCost` (应收账款机会成本), `inventoryInterest` (存货占用资金应计利息), `payablesSaving`
 * (应付账款占用资金节省), `badDebtCost` (坏账成本), `collectionCost` (收账费用) and `discountCost`
 * (现金折扣成本).
 */
export type CostBenefitLineId =
  | 'contribution'
  | 'opportunityCost'
  | 'inventoryInterest'
  | 'payablesSaving'
  | 'badDebtCost'
  | 'collectionCost'
  | 'discountCost';
