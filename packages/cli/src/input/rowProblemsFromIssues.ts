import type { ReceivablesErrorCode, ValidationIssue } from '@receivables/core';
import { problemsFromIssues } from './_internals/problemsFromIssues.ts';
import type { InputProblem } from './InputProblem.ts';
import type { RowContext } from './RowContext.ts';

/**
 * Names core's validation issues for a record converted from one CSV row by the row's file, row and
 * column (after `--map`), with the cell's value: what a caller that converts rows itself (a streaming
 * reader) does with the `details.issues` of `parseInvoice`, `parsePayment` and the like.
 *
 * @param issues - The issues, with paths relative to the record (`amount`, `tags.region`).
 * @param record - The record that was validated, for the values shown in the problems.
 * @param row - The CSV row (the header is row 1).
 * @param context - The file and its column names.
 * @param fallback - The code of an issue that is not about an amount, a date or a currency.
 *   @defaultValue `'INVALID_RECORD'`
 * @returns One problem per issue, in the same order.
 *
 * @example
 * ```ts
 * import { invoiceFromRow, rowProblemsFromIssues } from '@receivables/cli';
 * import { isReceivablesError, parseInvoice } from '@receivables/core';
 *
 * const cells = { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-03-01', dueDate: '2026-03-31', amount: '12,50' };
 * const context = { file: 'invoices.csv', columns: { amount: 'Betrag' } };
 * const converted = invoiceFromRow(cells, 17, context);
 * try {
 *   if (converted.ok) parseInvoice(converted.value);
 * } catch (error) {
 *   const issues = isReceivablesError(error) ? (error.details.issues ?? []) : [];
 *   const [problem] = rowProblemsFromIssues(issues, converted.ok ? converted.value : {}, 17, context);
 *   console.log(problem?.row, problem?.column, problem?.value, problem?.code); // 17 Betrag 12,50 INVALID_AMOUNT
 * }
 * ```
 */
export function rowProblemsFromIssues(
  issues: readonly ValidationIssue[],
  record: unknown,
  row: number,
  context: RowContext,
  fallback: ReceivablesErrorCode = 'INVALID_RECORD',
): InputProblem[] {
  return problemsFromIssues(
    issues,
    record,
    { file: context.file, row, columns: context.columns ?? {}, jsonPath: [] },
    fallback,
  );
}
