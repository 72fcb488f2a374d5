import type { StandardSchema } from './StandardSchema.ts';

/**
 * A factor written in code, passed to `createScorecard` in `customFactors` and named in the definition by
 * a `{ kind: 'custom', id }` factor. Its input (the field named by the definition, or the whole applicant
 * input) is checked by `inputSchema`, a zod schema or any other Standard Schema validator, before
 * `points` sees it. Build one with `defineCustomFactor` so that `points` gets the schema's type.
 */
export interface CustomFactor<Input = unknown> {
  readonly kind: 'custom';
  /** The id of the definition's factor this computes. */
  readonly id: string;
  /** Checks the input, e.g. `z.object({ rating: z.enum(['A', 'B', 'C']) })`; must validate synchronously. */
  readonly inputSchema: StandardSchema<Input>;
  /**
   * Scores the input; `null` when the input holds no value, so that the missing-value policy applies.
   * Must be pure and return a number within `minPoints`–`maxPoints`.
   *
   * @param input - The input, as parsed by `inputSchema`.
   * @returns The points, or `null`.
   */
  points(input: Input): number | null;
  /**
   * The fewest points `points` may return.
   *
   * @defaultValue 0
   */
  readonly minPoints?: number;
  /**
   * The most points `points` may return: the best an applicant can do, from which lost points are counted.
   *
   * @defaultValue 100
   */
  readonly maxPoints?: number;
}
