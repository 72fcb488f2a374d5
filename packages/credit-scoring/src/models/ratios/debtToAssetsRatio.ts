import type { Decimal } from 'decimal.js';
import { modelsStatementFigures } from '../../_internals/modelsStatementFigures.ts';
import { modelsZeroDenominator } from '../../_internals/modelsZeroDenominator.ts';
import type { FinancialStatementInput } from '../statement/FinancialStatement.ts';

/**
 * The debt-to-assets ratio (资产负债率): total liabilities ÷ total assets, as a fraction (0.6 is 60%).
 * The seven-item evaluation's capital factor reads it (spec §1.1). Above 1 the company owes more than
 * it owns.
 *
 * @param statement - A statement with `totalLiabilities` and `totalAssets`.
 * @returns The ratio, exact to 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_STATEMENT` when a field is missing or invalid; `ZERO_DENOMINATOR`
 *   when total assets are zero.
 *
 * @example
 * ```ts
 * import { debtToAssetsRatio } from '@receivables/credit-scoring';
 *
 * console.log(debtToAssetsRatio({ totalLiabilities: '5500000', totalAssets: '10000000' }).toString()); // 0.55
 * ```
 */
export function debtToAssetsRatio(statement: FinancialStatementInput): Decimal {
  const figures = modelsStatementFigures(statement, 'debtToAssetsRatio', ['totalLiabilities', 'totalAssets']);
  if (figures.totalAssets.isZero()) {
    throw modelsZeroDenominator(
      'debtToAssetsRatio',
      'totalAssets',
      statement.totalAssets,
      'the debt-to-assets ratio is undefined without assets',
    );
  }
  return figures.totalLiabilities.div(figures.totalAssets);
}
