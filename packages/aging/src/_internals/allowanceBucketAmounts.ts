import { describeValue, formatPath } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from './allowanceArgument.ts';
import type { AllowanceCurrency } from './allowanceCurrency.ts';
import { allowanceReadAmount } from './allowanceReadAmount.ts';

/** Where bucket amounts come from and which bucket ids they may use. @internal */
export interface AllowanceBucketAmountsSource {
  readonly api: string;
  /** The input's path, e.g. `['agings', 2, 'balances']`. */
  readonly path: readonly (string | number)[];
  readonly currency: AllowanceCurrency;
  /** The bucket ids allowed. */
  readonly known: ReadonlySet<string>;
  /** Names where the known ids come from, e.g. `the matrix "chineseAgingMethod"`. */
  readonly knownFrom: string;
}

/**
 * Reads amounts keyed by bucket id, given either as a record (`{ y1to2: '50000.00' }`) or as lines
 * (`[{ bucketId: 'y1to2', amount: '50000.00' }]`), into a map. A bucket id outside `known` or listed
 * twice is an `INVALID_ARGUMENT`: summing it or dropping it silently would misstate the allowance.
 *
 * @internal
 */
export function allowanceBucketAmounts(
  input: unknown,
  source: AllowanceBucketAmountsSource,
): Map<string, Decimal> {
  const { api, path } = source;
  const amounts = new Map<string, Decimal>();
  if (Array.isArray(input)) {
    const firstIndex = new Map<string, number>();
    input.forEach((line: unknown, index) => {
      const { bucketId, amount } = (typeof line === 'object' && line !== null ? line : {}) as {
        bucketId?: unknown;
        amount?: unknown;
      };
      const at = [...path, index];
      const id = knownBucket(bucketId, source, [...at, 'bucketId']);
      const first = firstIndex.get(id);
      if (first !== undefined) {
        throw allowanceArgumentError(
          api,
          `${formatPath(at)}: bucket ${describeValue(id)} is listed twice (first at ${formatPath([...path, first])})`,
          { bucketId: id },
        );
      }
      firstIndex.set(id, index);
      amounts.set(id, allowanceReadAmount(amount, source.currency, api, formatPath([...at, 'amount'])));
    });
    return amounts;
  }
  if (typeof input !== 'object' || input === null) {
    throw allowanceArgumentError(
      api,
      `${formatPath(path)}: ${describeValue(input)} is neither an object keyed by bucket id nor a list of { bucketId, amount }`,
    );
  }
  for (const [bucketId, amount] of Object.entries(input)) {
    const at = [...path, bucketId];
    const id = knownBucket(bucketId, source, at);
    amounts.set(id, allowanceReadAmount(amount, source.currency, api, formatPath(at)));
  }
  return amounts;
}

function knownBucket(
  bucketId: unknown,
  source: AllowanceBucketAmountsSource,
  at: readonly (string | number)[],
): string {
  if (typeof bucketId === 'string' && source.known.has(bucketId)) return bucketId;
  throw allowanceArgumentError(
    source.api,
    `${formatPath(at)}: bucket ${describeValue(bucketId)} is not in ${source.knownFrom}`,
    { bucketId: typeof bucketId === 'string' ? bucketId : describeValue(bucketId) },
  );
}
