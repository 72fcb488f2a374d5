import { describeValue, formatPath } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from './allowanceArgument.ts';
import { allowanceReadRate } from './allowanceReadRate.ts';

/**
 * Reads a forward-looking adjustment into one factor per bucket of `order` (1 where none is given):
 * either `{ factor }` for all buckets or `{ perBucket }` keyed by known bucket ids, factors from 0 up.
 *
 * @internal
 */
export function allowanceForwardLooking(
  input: unknown,
  order: readonly string[],
  context: { readonly api: string; readonly one: Decimal },
): Map<string, Decimal> {
  const { api } = context;
  const factors = new Map(order.map((bucketId) => [bucketId, context.one]));
  if (input === undefined) return factors;
  const { factor, perBucket } = (typeof input === 'object' && input !== null ? input : {}) as {
    factor?: unknown;
    perBucket?: unknown;
  };
  if ((factor === undefined) === (perBucket === undefined)) {
    throw allowanceArgumentError(
      api,
      `forwardLooking: ${describeValue(input)} must have exactly one of factor and perBucket`,
    );
  }
  if (factor !== undefined) {
    const all = allowanceReadRate(factor, api, 'forwardLooking.factor', 'factor');
    for (const bucketId of order) factors.set(bucketId, all);
    return factors;
  }
  if (typeof perBucket !== 'object' || perBucket === null) {
    throw allowanceArgumentError(
      api,
      `forwardLooking.perBucket: ${describeValue(perBucket)} is not an object`,
    );
  }
  for (const [bucketId, value] of Object.entries(perBucket)) {
    const field = formatPath(['forwardLooking', 'perBucket', bucketId]);
    if (!factors.has(bucketId)) {
      throw allowanceArgumentError(api, `${field}: bucket ${describeValue(bucketId)} is not in bucketOrder`, {
        bucketId,
      });
    }
    factors.set(bucketId, allowanceReadRate(value, api, field, 'factor'));
  }
  return factors;
}
