import { throwValidationError, toValidationIssues } from '@receivables/core';
import type { AllowanceRateMatrix } from './AllowanceRateMatrix.ts';
import { AllowanceRateMatrixSchema } from './AllowanceRateMatrixSchema.ts';

/**
 * Checks a provision matrix given as data (a JSON file, a settings screen) and returns it frozen, with
 * every rate read as an exact decimal. Every problem is reported at once, each at its path.
 *
 * @param definition - The matrix: an id, an optional description and a rate from 0 to 1 per bucket id.
 * @returns The frozen matrix, its rates as `Decimal`s and without `$schema`.
 * @throws {ReceivablesError} `INVALID_RATE` when the only problems are rates that are not decimals from 0
 *   to 1 (negative, above 1 such as `5` for 5 %, or not a number), each named by its bucket in
 *   `details.issues`; `INVALID_ARGUMENT` when the matrix is malformed otherwise (no id, no bucket, an
 *   unknown key), with every issue, rates included, listed.
 *
 * @example
 * ```ts
 * import { createAllowanceRateMatrix } from '@receivables/aging';
 * import { isReceivablesError } from '@receivables/core';
 *
 * const matrix = createAllowanceRateMatrix({ id: 'ourPolicy', bucketRates: { within1y: '0.03', over1y: 1 } });
 * console.log(String(matrix.bucketRates['within1y'])); // 0.03
 * try {
 *   createAllowanceRateMatrix({ id: 'typo', bucketRates: { within1y: '5' } });
 * } catch (error) {
 *   console.log(isReceivablesError(error, 'INVALID_RATE'), isReceivablesError(error) && error.path); // true ["bucketRates","within1y"]
 * }
 * ```
 */
export function createAllowanceRateMatrix(definition: AllowanceRateMatrix): AllowanceRateMatrix {
  const result = AllowanceRateMatrixSchema.safeParse(definition, { reportInput: true });
  if (!result.success) {
    const issues = toValidationIssues(result.error.issues);
    const onlyRates = issues.every((issue) => issue.code === 'invalid_rate');
    throwValidationError(
      onlyRates ? 'INVALID_RATE' : 'INVALID_ARGUMENT',
      'createAllowanceRateMatrix',
      issues,
    );
  }
  const { id, description, bucketRates } = result.data;
  return Object.freeze({
    id,
    ...(description === undefined ? {} : { description }),
    bucketRates: Object.freeze({ ...bucketRates }),
  });
}
