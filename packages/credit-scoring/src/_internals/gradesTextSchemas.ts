import * as z from 'zod';

/**
 * A non-blank text: ids and labels of data definitions.
 *
 * @internal
 */
export const gradesTextSchema: z.ZodString = z.string().regex(/\S/, { error: 'must not be blank' });

/**
 * A label in every shipped locale.
 *
 * @internal
 */
export const gradesLabelSchema: z.ZodType<{ en: string; 'zh-CN': string }> = z
  .strictObject({ en: gradesTextSchema, 'zh-CN': gradesTextSchema })
  .meta({ description: 'The text in English and in Simplified Chinese.' });

/**
 * Cross-checks run on the raw input too, so that one pass reports shape and cross-field problems together.
 *
 * @internal
 */
export const gradesEvenWithOtherIssues: { when: () => boolean } = { when: (): boolean => true };
