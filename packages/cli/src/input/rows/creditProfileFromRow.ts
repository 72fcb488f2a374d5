import { booleanFromText, numberFromText } from '../_internals/cellReaders.ts';
import { cellText } from '../_internals/cellText.ts';
import { columnName } from '../_internals/columnName.ts';
import { creditProfileSchema } from '../_internals/creditProfileSchema.ts';
import { rowProblem } from '../_internals/rowProblem.ts';
import { csvLocation, validatedRecord } from '../_internals/validatedRecord.ts';
import type { CreditProfile } from '../CreditProfile.ts';
import type { InputProblem } from '../InputProblem.ts';
import { inputColumns } from '../inputColumns.ts';
import type { RowCells } from '../RowCells.ts';
import type { RowContext } from '../RowContext.ts';
import type { RowResult } from '../RowResult.ts';

/**
 * Reads and validates one row of a credit-profiles file: `customerId` and the fields of
 * `CreditProfile`, each in the column of its name. Numbers must be finite (ratios and ages not
 * negative, `onTimeRatio` from 0 to 1, counts whole), amounts exact decimals (sales, receipts and
 * unshipped orders not negative), booleans `true/false/yes/no/1/0`, `currency` an ISO 4217 code, and
 * `criticalSignals` at most `signalCount`. Whether the customer exists is checked with the portfolio.
 *
 * @param cells - The row's cells by field.
 * @param row - The row number (the header is row 1).
 * @param context - The file and its columns.
 * @returns The credit profile (amounts as `Decimal`), or every problem of the row: `INVALID_AMOUNT`,
 *   `INVALID_CURRENCY`, otherwise `INVALID_RECORD`.
 *
 * @example
 * ```ts
 * import { creditProfileFromRow } from '@receivables/cli';
 *
 * const result = creditProfileFromRow({ customerId: 'C1', currentRatio: '1.4', courtDefaulter: 'no', netAssets: '-2500000.00' }, 2, { file: 'credit-profiles.csv' });
 * console.log(result.ok && result.value.courtDefaulter, result.ok && result.value.netAssets?.toFixed(2)); // false -2500000.00
 * const bad = creditProfileFromRow({ customerId: 'C1', onTimeRatio: '95%', signalCount: '2', criticalSignals: '3' }, 3, { file: 'credit-profiles.csv' });
 * console.log(bad.ok ? [] : bad.problems.map((problem) => problem.column)); // ["criticalSignals","onTimeRatio"]
 * ```
 */
export function creditProfileFromRow(
  cells: RowCells,
  row: number,
  context: RowContext,
): RowResult<CreditProfile> {
  const problems: InputProblem[] = [];
  const draft: Record<string, unknown> = {};
  for (const { field, type } of inputColumns['credit-profiles']) {
    const text = cellText(cells, field);
    if (text === undefined) continue;
    if (type === 'number' || type === 'share' || type === 'count') {
      const value = numberFromText(text);
      if (value === undefined) {
        problems.push(
          rowProblem(context, row, field, text, 'INVALID_RECORD', `${JSON.stringify(text)} is not a number`),
        );
      } else draft[field] = value;
    } else if (type === 'boolean') {
      const value = booleanFromText(text);
      if (value === undefined) {
        const reason = `${JSON.stringify(text)} is not a yes or no: write true, false, yes, no, 1 or 0`;
        problems.push(rowProblem(context, row, field, text, 'INVALID_RECORD', reason));
      } else draft[field] = value;
    } else draft[field] = text;
  }
  const result = validatedRecord(
    creditProfileSchema,
    draft,
    csvLocation(row, context),
    problems,
    'INVALID_RECORD',
  );
  if (result.ok) return result;
  // The cells' problems and the schema's, in the order of the columns.
  const order = new Map(
    inputColumns['credit-profiles'].map(({ field }, index) => [columnName(context, field), index]),
  );
  const position = (column: string | undefined) => order.get(column ?? '') ?? order.size;
  return {
    ok: false,
    problems: [...result.problems].sort((a, b) => position(a.column) - position(b.column)),
  };
}
