import type { Decimal } from 'decimal.js';
import { modelsStatementFigures } from '../../_internals/modelsStatementFigures.ts';
import { modelsZeroDenominator } from '../../_internals/modelsZeroDenominator.ts';
import type { FinancialStatementInput } from '../statement/FinancialStatement.ts';

/**
 * The operating cash flow ratio (现金流动负债比): net operating cash flow ÷ current liabilities, how
 * much of the short-term debt a year's operating cash would pay. The seven-item evaluation's cash-flow
 * factor reads it (spec §1.1); negative when operations burn cash.
 *
 * @param statement - A statement with `operatingCashFlow` and `currentLiabilities`.
 * @returns The ratio, exact to 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_STATEMENT` when a field is missing or invalid; `ZERO_DENOMINATOR`
 *   when current liabilities are zero.
 *
 * @example
 * ```ts
 * import { operatingCashFlowRatio } from '@receivables/credit-scoring';
 *
 * console.log(operatingCashFlowRatio({ operatingCashFlow: '-50000', currentLiabilities: '1000000' }).toString()); // -0.05
 * ```
 */
export function operatingCashFlowRatio(statement: FinancialStatementInput): Decimal {
  const figures = modelsStatementFigures(statement, 'operatingCashFlowRatio', [
    'operatingCashFlow',
    'currentLiabilities',
  ]);
  if (figures.currentLiabilities.isZero()) {
    throw modelsZeroDenominator(
      'operatingCashFlowRatio',
      'currentLiabilities',
      statement.currentLiabilities,
      'the operating cash flow ratio is undefined without current liabilities',
    );
  }
  return figures.operatingCashFlow.div(figures.currentLiabilities);
}
