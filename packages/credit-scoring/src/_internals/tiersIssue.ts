import type * as z from 'zod';

/**
 * Adds one validation issue with the suite's snake_case `code`, read back by `toValidationIssues`.
 *
 * @internal
 */
export function tiersIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  message: string,
  input: unknown,
  path: readonly (string | number)[],
): void {
  ctx.addIssue({ code: 'custom', message, input, path: [...path], params: { code } });
}
