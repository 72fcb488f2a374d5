import * as z from 'zod';
import { FinancialStatementSchema } from './FinancialStatementSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a financial statement as input data: amounts are decimal strings or
 * numbers, unknown keys are refused. Use it to validate or autocomplete statement files in an editor.
 * It describes the shape only; signs and parts against wholes are checked by
 * {@link FinancialStatementSchema}.
 *
 * @example
 * ```ts
 * import { financialStatementJsonSchema } from '@receivables/credit-scoring';
 *
 * console.log(Object.keys(financialStatementJsonSchema.properties ?? {}).length); // 12
 * ```
 */
export const financialStatementJsonSchema: z.core.JSONSchema.BaseSchema = /* @__PURE__ */ z.toJSONSchema(
  FinancialStatementSchema,
  { io: 'input', unrepresentable: 'any' },
);
