import type * as z from 'zod';

/** A path inside the value a schema checks, e.g. `['instalments', 2, 'dueDate']`. @internal */
export type RecordPath = readonly (string | number)[];

/**
 * Adds one issue with the suite's stable snake_case `code` (carried in `params.code`, which
 * `toValidationIssues` reads) and a message that names the value.
 *
 * @internal
 */
export function recordIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  message: string,
  input: unknown,
  path: RecordPath = [],
): void {
  ctx.addIssue({ code: 'custom', message, input, path: [...path], params: { code } });
}
