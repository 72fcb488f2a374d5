import type * as z from 'zod';

/**
 * Adds one validation issue with the suite's snake_case `code` in `params.code`, where
 * `toValidationIssues` reads it, and a message that names the value.
 *
 * @internal
 */
export function lateChargesAddIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  message: string,
  input: unknown,
  path: readonly (string | number)[] = [],
): void {
  ctx.addIssue({ code: 'custom', message, input, path: [...path], params: { code } });
}
