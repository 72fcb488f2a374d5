import { deepFreeze } from '@receivables/core';
import * as z from 'zod';
import { ScorecardDefinitionSchema } from './ScorecardDefinitionSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a scorecard definition file, for editors to check and autocomplete
 * scorecards kept as data: point a file's `$schema` at a copy of it. Rules across fields (unique ids,
 * weights adding up, bands in order, grades that exist) are beyond JSON Schema: `createScorecard` still
 * enforces them. Computed once and frozen.
 *
 * @example
 * ```ts
 * import { scorecardDefinitionJsonSchema } from '@receivables/credit-scoring';
 *
 * console.log((scorecardDefinitionJsonSchema.required as string[]).join(', ')); // id, factors
 * ```
 */
export const scorecardDefinitionJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(ScorecardDefinitionSchema, { io: 'input', unrepresentable: 'any' }),
);
