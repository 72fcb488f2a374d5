import type { InputProblem } from '../InputProblem.ts';
import type { SourceRow } from './SourceRow.ts';

/** What one input file holds: its records and the problems of the file as a whole. @internal */
export interface FileRows {
  readonly rows: readonly SourceRow[];
  /** Problems that make the file unusable (malformed CSV or JSON, a required column missing). */
  readonly fatal: readonly InputProblem[];
  /** Columns that are not read: errors, or left out under `--skip-invalid`. */
  readonly ignored: readonly InputProblem[];
  /** How many records (data rows, array elements) the file holds. */
  readonly records: number;
}
