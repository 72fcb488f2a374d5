import type { Decimal } from 'decimal.js';
import { modelsStatementFigures } from '../../_internals/modelsStatementFigures.ts';
import { modelsZeroDenominator } from '../../_internals/modelsZeroDenominator.ts';
import type { FinancialStatementInput } from '../statement/FinancialStatement.ts';

/**
 * The quick ratio (速动比率): (current assets − inventories) ÷ current liabilities, the current ratio
 * without the stock that may not sell quickly.
 *
 * @param statement - A statement with `currentAssets`, `inventories` and `currentLiabilities`.
 * @returns The ratio, exact to 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_STATEMENT` when a field is missing or invalid (inventories above
 *   current assets included); `ZERO_DENOMINATOR` when current liabilities are zero.
 *
 * @example
 * ```ts
 * import { quickRatio } from '@receivables/credit-scoring';
 *
 * const statement = { currentAssets: '1500000', inventories: '600000', currentLiabilities: '1000000' };
 * console.log(quickRatio(statement).toString()); // 0.9
 * ```
 */
export function quickRatio(statement: FinancialStatementInput): Decimal {
  const figures = modelsStatementFigures(statement, 'quickRatio', [
    'currentAssets',
    'inventories',
    'currentLiabilities',
  ]);
  if (figures.currentLiabilities.isZero()) {
    throw modelsZeroDenominator(
      'quickRatio',
      'currentLiabilities',
      statement.currentLiabilities,
      'the quick ratio is undefined without current liabilities',
    );
  }
  return figures.currentAssets.minus(figures.inventories).div(figures.currentLiabilities);
}
