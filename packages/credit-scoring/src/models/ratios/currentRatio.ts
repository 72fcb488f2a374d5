import type { Decimal } from 'decimal.js';
import { modelsStatementFigures } from '../../_internals/modelsStatementFigures.ts';
import { modelsZeroDenominator } from '../../_internals/modelsZeroDenominator.ts';
import type { FinancialStatementInput } from '../statement/FinancialStatement.ts';

/**
 * The current ratio (流动比率): current assets ÷ current liabilities, how many times the short-term
 * assets cover the short-term debts. The seven-item evaluation's capacity factor reads it (spec §1.1).
 *
 * @param statement - A statement with `currentAssets` and `currentLiabilities`.
 * @returns The ratio, exact to 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_STATEMENT` when a field is missing or invalid; `ZERO_DENOMINATOR`
 *   when current liabilities are zero.
 *
 * @example
 * ```ts
 * import { currentRatio } from '@receivables/credit-scoring';
 *
 * console.log(currentRatio({ currentAssets: '1500000', currentLiabilities: '1000000' }).toString()); // 1.5
 * ```
 */
export function currentRatio(statement: FinancialStatementInput): Decimal {
  const figures = modelsStatementFigures(statement, 'currentRatio', ['currentAssets', 'currentLiabilities']);
  if (figures.currentLiabilities.isZero()) {
    throw modelsZeroDenominator(
      'currentRatio',
      'currentLiabilities',
      statement.currentLiabilities,
      'the current ratio is undefined without current liabilities',
    );
  }
  return figures.currentAssets.div(figures.currentLiabilities);
}
