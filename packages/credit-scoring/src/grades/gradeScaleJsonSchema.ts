import { deepFreeze } from '@receivables/core';
import * as z from 'zod';
import { GradeScaleSchema } from './GradeScaleSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a grade scale file, for editors to check and autocomplete scales
 * kept as data. The order of minimum scores and unique ids are beyond JSON Schema: `createGradeScale`
 * still enforces them. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { gradeScaleJsonSchema } from '@receivables/credit-scoring';
 *
 * console.log(Object.keys(gradeScaleJsonSchema.properties as object)); // ["id","grades"]
 * ```
 */
export const gradeScaleJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(GradeScaleSchema, { io: 'input', unrepresentable: 'any' }),
);
