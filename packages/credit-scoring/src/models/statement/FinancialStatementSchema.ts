import { AmountSchema } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import * as z from 'zod';
import type { FinancialStatement, FinancialStatementInput } from './FinancialStatement.ts';

const size = AmountSchema.superRefine((value, ctx) => {
  if (value.isNegative()) {
    ctx.addIssue({
      code: 'custom',
      message: `${value.toString()} is negative; it must be zero or more`,
      input: value.toString(),
      params: { code: 'negative_amount' },
    });
  }
});

/** Parts that cannot exceed their whole on any balance sheet. */
const PARTS: readonly (readonly [keyof FinancialStatement, keyof FinancialStatement])[] = [
  ['currentAssets', 'totalAssets'],
  ['inventories', 'currentAssets'],
  ['currentLiabilities', 'totalLiabilities'],
];

/**
 * The zod schema of a {@link FinancialStatement}: every field optional, amounts read exactly, sizes zero
 * or more (issue code `negative_amount`), a part never above its whole (`part_exceeds_whole`: current
 * assets ≤ total assets, inventories ≤ current assets, current liabilities ≤ total liabilities), and
 * unknown keys refused so that a misspelt field cannot pass unnoticed.
 *
 * @example
 * ```ts
 * import { FinancialStatementSchema } from '@receivables/credit-scoring';
 *
 * const result = FinancialStatementSchema.safeParse({ currentAssets: 500, totalAssets: 400, sales: -1 });
 * console.log(result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'))); // ["sales","currentAssets"]
 * ```
 */
export const FinancialStatementSchema: z.ZodType<FinancialStatement, FinancialStatementInput> = z
  .strictObject({
    totalAssets: size.optional(),
    totalLiabilities: size.optional(),
    currentAssets: size.optional(),
    currentLiabilities: size.optional(),
    inventories: size.optional(),
    retainedEarnings: AmountSchema.optional(),
    ebit: AmountSchema.optional(),
    interestExpense: size.optional(),
    bookEquity: AmountSchema.optional(),
    marketValueOfEquity: size.optional(),
    sales: size.optional(),
    operatingCashFlow: AmountSchema.optional(),
  })
  .superRefine((statement, ctx) => {
    const figures = statement as Readonly<Record<string, Decimal | undefined>>;
    for (const [part, whole] of PARTS) {
      const partValue = figures[part];
      const wholeValue = figures[whole];
      if (partValue !== undefined && wholeValue !== undefined && partValue.greaterThan(wholeValue)) {
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `${partValue.toString()} is above ${whole} ${wholeValue.toString()}; a part cannot exceed its whole`,
          input: partValue.toString(),
          params: { code: 'part_exceeds_whole' },
        });
      }
    }
  })
  .transform((statement): FinancialStatement => {
    const present = Object.entries(statement).filter(([, value]) => value !== undefined);
    return Object.fromEntries(present) as FinancialStatement;
  });
