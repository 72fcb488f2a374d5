import { modelsValidate } from '../../_internals/modelsValidate.ts';
import type { FinancialStatement, FinancialStatementInput } from './FinancialStatement.ts';
import { FinancialStatementSchema } from './FinancialStatementSchema.ts';

/**
 * Validates a financial statement and reads its amounts exactly, reporting every problem at once.
 *
 * @param input - The statement figures, e.g. parsed from a JSON file.
 * @returns The statement with `Decimal` amounts; absent fields stay absent.
 * @throws {ReceivablesError} `INVALID_STATEMENT` listing every problem in `details.issues`: an amount
 *   that is not a finite decimal, a negative size, a part above its whole, an unknown key.
 *
 * @example
 * ```ts
 * import { parseFinancialStatement } from '@receivables/credit-scoring';
 *
 * const statement = parseFinancialStatement({ currentAssets: '1200.50', currentLiabilities: 800 });
 * console.log(statement.currentAssets?.toString(), Object.keys(statement)); // 1200.5 ["currentAssets","currentLiabilities"]
 * try {
 *   parseFinancialStatement({ totalAssets: -5 });
 * } catch (error) {
 *   console.log((error as Error).message.split('\n')[1]); //   totalAssets: -5 is negative; it must be zero or more
 * }
 * ```
 */
export function parseFinancialStatement(input: FinancialStatementInput): FinancialStatement {
  return modelsValidate(FinancialStatementSchema, input, 'INVALID_STATEMENT', 'parseFinancialStatement');
}
