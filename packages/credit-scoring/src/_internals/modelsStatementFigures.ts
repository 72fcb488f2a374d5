import { throwValidationError, type ValidationIssue } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type {
  FinancialStatement,
  FinancialStatementField,
  FinancialStatementInput,
} from '../models/statement/FinancialStatement.ts';
import { FinancialStatementSchema } from '../models/statement/FinancialStatementSchema.ts';
import { modelsValidate } from './modelsValidate.ts';

/**
 * Validates a statement and returns the figures a model needs, or throws one `INVALID_STATEMENT` error
 * naming every problem: bad amounts first, then every required field that is missing.
 *
 * @internal
 */
export function modelsStatementFigures<Field extends FinancialStatementField>(
  input: FinancialStatementInput,
  api: string,
  required: readonly Field[],
): Readonly<Record<Field, Decimal>> & FinancialStatement {
  const statement = modelsValidate(FinancialStatementSchema, input, 'INVALID_STATEMENT', api);
  const missing: ValidationIssue[] = required
    .filter((field) => statement[field] === undefined)
    .map((field) => ({
      path: [field],
      pathText: field,
      code: 'missing_field',
      message: `Missing value: ${api} needs ${field}`,
    }));
  if (missing.length > 0) throwValidationError('INVALID_STATEMENT', api, missing);
  return statement as Readonly<Record<Field, Decimal>> & FinancialStatement;
}
