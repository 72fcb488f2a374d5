import * as z from 'zod';
import { RiskTiersSchema } from './RiskTiersSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of a risk-tier table, derived once from {@link RiskTiersSchema}, so a
 * table kept in a file can be validated and autocompleted in an editor. Rules across entries (tier
 * order, unique ids) are beyond JSON Schema; `parseRiskTiers` still enforces them.
 *
 * @example
 * ```ts
 * import { riskTiersJsonSchema } from '@receivables/credit-scoring';
 *
 * console.log(riskTiersJsonSchema.type, riskTiersJsonSchema.minItems); // array 2
 * ```
 */
export const riskTiersJsonSchema: z.core.JSONSchema.BaseSchema = /* @__PURE__ */ z.toJSONSchema(
  RiskTiersSchema,
  {
    io: 'input',
    unrepresentable: 'any',
  },
);
