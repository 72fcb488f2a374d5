/**
 * How a column's cells are read: `text` as written, `date` as `YYYY-MM-DD`, `amount` as an exact decimal
 * with `.`, `currency` as an ISO 4217 code, `integer` as a whole number, `number` as a finite decimal
 * number, `share` as a number from 0 to 1, `count` as a whole number from 0, `boolean` as
 * `true/false/yes/no/1/0`, `list` as values separated by `;`, `choice` as one of `choices`.
 */
export type InputColumnType =
  | 'text'
  | 'date'
  | 'amount'
  | 'currency'
  | 'integer'
  | 'number'
  | 'share'
  | 'count'
  | 'boolean'
  | 'list'
  | 'choice';

/** One column of an input file kind, as the input contract defines it. */
export interface InputColumn {
  /** The field name: the column's name unless `--map` renames it. */
  readonly field: string;
  /** Whether the column must be in the file (a required cell may still be checked by the record's rules). */
  readonly required: boolean;
  readonly type: InputColumnType;
  /** The values a `choice` column takes. */
  readonly choices?: readonly string[];
  /** What the column means, in one line. */
  readonly description: string;
}
