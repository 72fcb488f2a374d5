import type { RowContext } from '../RowContext.ts';

/** The column a field is read from, as the file names it. @internal */
export function columnName(context: RowContext, field: string): string {
  return context.columns?.[field] ?? field;
}
