import type { AmountInput } from '@receivables/core';

/**
 * Loss rates by aging bucket, as data that can live in a JSON file: the provision matrix of the aging
 * method (账龄分析法, spec §2.3) or of IFRS 9's simplified approach (spec §7.5). Keys are the bucket ids
 * of the aging scheme the balances come from, e.g. `within1y` … `over5y` for `chineseAnnualBuckets`.
 *
 * Validate a matrix from outside with {@link createAllowanceRateMatrix} or
 * {@link AllowanceRateMatrixSchema}; {@link requiredAllowance} applies it.
 */
export interface AllowanceRateMatrix {
  /** The JSON Schema an editor checks the file against (see `allowanceRateMatrixJsonSchema`); not used otherwise. */
  readonly $schema?: string | undefined;
  /** Names the matrix in results and error messages, e.g. `chineseAgingMethod`. */
  readonly id: string;
  /** What the matrix is for and where its rates come from. */
  readonly description?: string | undefined;
  /**
   * The loss rate of each bucket id as a decimal fraction from 0 to 1: `'0.05'` is 5 %, `'1'` is 100 %.
   * Decimal strings keep a file exact; numbers and `Decimal`s are read exactly too.
   */
  readonly bucketRates: Readonly<Record<string, AmountInput>>;
}
