import type { Decimal } from 'decimal.js';
import { modelsStatementFigures } from '../../_internals/modelsStatementFigures.ts';
import { modelsZeroDenominator } from '../../_internals/modelsZeroDenominator.ts';
import type { FinancialStatementInput } from '../statement/FinancialStatement.ts';

/**
 * The interest cover (利息保障倍数): EBIT ÷ interest expense, how many times operating earnings pay the
 * interest. Negative when EBIT is a loss.
 *
 * @param statement - A statement with `ebit` and `interestExpense`.
 * @returns The ratio, exact to 60 significant digits and not rounded.
 * @throws {ReceivablesError} `INVALID_STATEMENT` when a field is missing or invalid; `ZERO_DENOMINATOR`
 *   when the interest expense is zero (a company without debt has no finite cover).
 *
 * @example
 * ```ts
 * import { interestCoverRatio } from '@receivables/credit-scoring';
 *
 * console.log(interestCoverRatio({ ebit: '900000', interestExpense: '200000' }).toString()); // 4.5
 * ```
 */
export function interestCoverRatio(statement: FinancialStatementInput): Decimal {
  const figures = modelsStatementFigures(statement, 'interestCoverRatio', ['ebit', 'interestExpense']);
  if (figures.interestExpense.isZero()) {
    throw modelsZeroDenominator(
      'interestCoverRatio',
      'interestExpense',
      statement.interestExpense,
      'the interest cover is unbounded without interest to pay',
    );
  }
  return figures.ebit.div(figures.interestExpense);
}
