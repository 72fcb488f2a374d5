import type { CustomFactor } from './CustomFactor.ts';

/**
 * Declares a custom factor so that TypeScript types its `points` input from its `inputSchema`. It returns
 * the factor unchanged (frozen); pass it to `createScorecard` in `customFactors`.
 *
 * @param factor - The factor: `kind: 'custom'`, the id of the definition's factor, a zod input schema, a
 *   points function and, when not 0–100, its points range.
 * @returns The same factor, frozen.
 *
 * @example
 * ```ts
 * import { defineCustomFactor } from '@receivables/credit-scoring';
 * import * as z from 'zod';
 *
 * const esg = defineCustomFactor({
 *   kind: 'custom',
 *   id: 'esg',
 *   inputSchema: z.object({ rating: z.enum(['A', 'B', 'C']) }),
 *   points: (input) => ({ A: 100, B: 70, C: 30 })[input.rating],
 * });
 * console.log(esg.points({ rating: 'B' })); // 70
 * ```
 */
export function defineCustomFactor<Input>(factor: CustomFactor<Input>): CustomFactor<Input> {
  return Object.freeze({ ...factor });
}
