import type { AmountInput } from '@receivables/core';
import type { Decimal } from 'decimal.js';

/**
 * A customer's financial statement figures as read from outside data, all in one currency and for one
 * reporting date. Every field is optional: each model names the fields it needs and refuses a
 * statement that lacks them. Sizes (assets, liabilities, sales, inventories, interest, market value)
 * must be zero or more; earnings, equity and cash flow may be negative.
 */
export interface FinancialStatementInput {
  /** 资产总计: total assets. */
  readonly totalAssets?: AmountInput | undefined;
  /** 负债合计: total liabilities. */
  readonly totalLiabilities?: AmountInput | undefined;
  /** 流动资产合计: current assets; at most total assets. */
  readonly currentAssets?: AmountInput | undefined;
  /** 流动负债合计: current liabilities; at most total liabilities. */
  readonly currentLiabilities?: AmountInput | undefined;
  /** 存货: inventories; at most current assets. */
  readonly inventories?: AmountInput | undefined;
  /** 留存收益 (盈余公积 + 未分配利润): retained earnings; may be negative. */
  readonly retainedEarnings?: AmountInput | undefined;
  /** 息税前利润: earnings before interest and taxes; may be negative. */
  readonly ebit?: AmountInput | undefined;
  /** 利息费用: interest expense. */
  readonly interestExpense?: AmountInput | undefined;
  /** 所有者权益合计: book value of equity; may be negative. */
  readonly bookEquity?: AmountInput | undefined;
  /** 股权市值: market value of equity, for listed companies. */
  readonly marketValueOfEquity?: AmountInput | undefined;
  /** 营业收入: sales (revenue) of the year. */
  readonly sales?: AmountInput | undefined;
  /** 经营活动产生的现金流量净额: net operating cash flow of the year; may be negative. */
  readonly operatingCashFlow?: AmountInput | undefined;
}

/** A validated financial statement: the fields given, as exact decimals; absent fields stay absent. */
export interface FinancialStatement {
  readonly totalAssets?: Decimal;
  readonly totalLiabilities?: Decimal;
  readonly currentAssets?: Decimal;
  readonly currentLiabilities?: Decimal;
  readonly inventories?: Decimal;
  readonly retainedEarnings?: Decimal;
  readonly ebit?: Decimal;
  readonly interestExpense?: Decimal;
  readonly bookEquity?: Decimal;
  readonly marketValueOfEquity?: Decimal;
  readonly sales?: Decimal;
  readonly operatingCashFlow?: Decimal;
}

/** The name of a field of a {@link FinancialStatement}. */
export type FinancialStatementField = keyof FinancialStatement;
