/**
 * One of the three credit-limit methods of spec §1.3: `salesForecast` (销售额预测法), `netAssets`
 * (净资产法) or `payingCapacity` (付款能力法).
 */
export type CreditLimitMethod = 'salesForecast' | 'netAssets' | 'payingCapacity';
