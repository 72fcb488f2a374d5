import { describeValue } from '@receivables/core';
import { allowanceArgumentError } from './allowanceArgument.ts';

/**
 * Reads the bucket order of a roll-rate matrix: at least one bucket id, none blank, none repeated.
 *
 * @internal
 */
export function allowanceBucketOrder(input: unknown, api: string): readonly string[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw allowanceArgumentError(
      api,
      `bucketOrder: ${describeValue(input)} is not a list of bucket ids from the newest to the oldest`,
    );
  }
  const seen = new Set<string>();
  input.forEach((bucketId: unknown, index) => {
    if (typeof bucketId !== 'string' || bucketId.trim() === '') {
      throw allowanceArgumentError(
        api,
        `bucketOrder[${index}]: ${describeValue(bucketId)} is not a bucket id`,
      );
    }
    if (seen.has(bucketId)) {
      throw allowanceArgumentError(
        api,
        `bucketOrder[${index}]: bucket ${describeValue(bucketId)} is listed twice`,
        {
          bucketId,
        },
      );
    }
    seen.add(bucketId);
  });
  return input as string[];
}
