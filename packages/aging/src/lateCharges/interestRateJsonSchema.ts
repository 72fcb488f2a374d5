import type * as z from 'zod';
import { lateChargesJsonSchema } from '../_internals/lateChargesJsonSchema.ts';
import { InterestRateSchema } from './InterestRateSchema.ts';

/**
 * The JSON Schema (draft 2020-12) of an {@link InterestRate}, derived once from {@link InterestRateSchema}
 * and frozen. Point a rate file's `$schema` at a copy of it for autocompletion and checks in an editor.
 * Cross-field rules (entries of a reference table in ascending order, none after `coveredThrough`) are
 * beyond JSON Schema: {@link parseInterestRate} and {@link lateInterest} still enforce them.
 *
 * @example
 * ```ts
 * import { interestRateJsonSchema } from '@receivables/aging';
 *
 * console.log(interestRateJsonSchema.oneOf?.length); // 3
 * ```
 */
export const interestRateJsonSchema: z.core.JSONSchema.BaseSchema = lateChargesJsonSchema(InterestRateSchema);
