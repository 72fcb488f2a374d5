import type * as z from 'zod';

/**
 * Adds one problem to a zod refinement with the suite's stable snake_case issue `code` (carried in
 * `params.code`, which {@link toValidationIssues} turns into `ValidationIssue.code`) and a message that
 * names the value. Use it in your own schemas' `superRefine`/`check` so their problems read like the suite's.
 *
 * @param ctx - The refinement context zod passes to `superRefine`.
 * @param code - A stable snake_case code, e.g. `due_before_issue`.
 * @param message - A sentence that names the value and the reason.
 * @param input - The offending value.
 * @param path - Where it is, relative to the refined value.
 *
 * @example
 * ```ts
 * import { addValidationIssue, toValidationIssues } from '@receivables/core';
 * import * as z from 'zod';
 *
 * const window = z.object({ from: z.string(), to: z.string() }).superRefine((value, ctx) => {
 *   if (value.to < value.from) addValidationIssue(ctx, 'window_reversed', `${value.to} is before ${value.from}`, value.to, ['to']);
 * });
 * const result = window.safeParse({ from: '2026-03-01', to: '2026-02-01' });
 * const issue = result.success ? undefined : toValidationIssues(result.error.issues)[0];
 * console.log(issue?.pathText, issue?.code, issue?.message); // to window_reversed 2026-02-01 is before 2026-03-01
 * ```
 */
export function addValidationIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  message: string,
  input: unknown,
  path: readonly (string | number)[] = [],
): void {
  ctx.addIssue({ code: 'custom', message, input, path: [...path], params: { code } });
}
