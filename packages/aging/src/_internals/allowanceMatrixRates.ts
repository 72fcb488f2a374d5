import { describeValue, formatPath } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { AllowanceRateMatrix } from '../allowance/AllowanceRateMatrix.ts';
import { allowanceArgumentError } from './allowanceArgument.ts';
import { allowanceReadRate } from './allowanceReadRate.ts';

/** A matrix's id and its rates as exact decimals, in the matrix's order. @internal */
export interface AllowanceMatrixRates {
  readonly id: string;
  readonly rates: ReadonlyMap<string, Decimal>;
}

/**
 * Reads the rates of a matrix handed to a function (it may come straight from a file), each a decimal
 * from 0 to 1, refusing a bad one with `INVALID_RATE` at `matrix.bucketRates.<bucketId>`.
 *
 * @internal
 */
export function allowanceMatrixRates(matrix: AllowanceRateMatrix, api: string): AllowanceMatrixRates {
  const { id, bucketRates } = (typeof matrix === 'object' && matrix !== null ? matrix : {}) as Partial<
    Record<string, unknown>
  >;
  if (typeof id !== 'string' || typeof bucketRates !== 'object' || bucketRates === null) {
    throw allowanceArgumentError(
      api,
      `matrix: ${describeValue(matrix)} is not a rate matrix { id, bucketRates }`,
    );
  }
  const rates = new Map<string, Decimal>();
  for (const [bucketId, rate] of Object.entries(bucketRates)) {
    rates.set(
      bucketId,
      allowanceReadRate(rate, api, formatPath(['matrix', 'bucketRates', bucketId]), 'rate'),
    );
  }
  if (rates.size === 0) {
    throw allowanceArgumentError(api, `matrix ${describeValue(id)} has no bucket`, { matrixId: id });
  }
  return { id, rates };
}
