import { deepFreeze } from '@receivables/core';
import * as z from 'zod';
import { AllowanceRateMatrixSchema } from './AllowanceRateMatrixSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of an {@link AllowanceRateMatrix}, derived once from
 * {@link AllowanceRateMatrixSchema} and frozen. Point a matrix file's `$schema` at a copy of it to get
 * autocompletion and checks in an editor; {@link createAllowanceRateMatrix} still checks the file when
 * it is loaded, since JSON Schema cannot check that a decimal string lies between 0 and 1.
 *
 * @example
 * ```ts
 * import { allowanceRateMatrixJsonSchema } from '@receivables/aging';
 *
 * console.log(Object.keys(allowanceRateMatrixJsonSchema.properties ?? {})); // ["$schema","id","description","bucketRates"]
 * ```
 */
export const allowanceRateMatrixJsonSchema: z.core.JSONSchema.BaseSchema = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(AllowanceRateMatrixSchema, { io: 'input', unrepresentable: 'any' }),
);
