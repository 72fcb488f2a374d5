import { type Customer, describeValue, type IsoDate, ReceivablesError } from '@receivables/core';
import { openItemsReadDay } from '../_internals/openItemsReadDay.ts';
import type { BucketScheme } from '../buckets/BucketScheme.ts';
import { createBucketScheme } from '../buckets/createBucketScheme.ts';
import { thirtyDayBuckets } from '../buckets/thirtyDayBuckets.ts';
import type { AgingAccumulator } from './AgingAccumulator.ts';
import type { AgingBasis } from './AgingBasis.ts';
import type { DisputedTreatment } from './DisputedTreatment.ts';

/** Options of {@link createAgingAccumulator}. */
export interface AgingAccumulatorOptions {
  /** The day items are aged to. */
  readonly asOf: IsoDate;
  /**
   * What age is measured from.
   * @defaultValue `'documentDate'` for a scheme counted in calendar years (the Chinese annual 账龄),
   *   `'dueDate'` (days past due) otherwise
   */
  readonly basis?: AgingBasis;
  /**
   * The bucket scheme: a preset or one from `createBucketScheme`.
   * @defaultValue `thirtyDayBuckets`
   */
  readonly buckets?: BucketScheme;
  /**
   * Customer tag names to total by as well, e.g. `['salesperson', 'region']`.
   * @defaultValue `[]`
   */
  readonly groupBy?: readonly string[];
  /**
   * The customers whose tags `groupBy` reads; an item of a customer not listed counts under `null`.
   * @defaultValue `[]`
   */
  readonly customers?: readonly Customer[];
  /**
   * Whether balances count disputed amounts or only the undisputed part (see {@link DisputedTreatment}).
   * @defaultValue `'include'`
   */
  readonly disputed?: DisputedTreatment;
}

const API = 'createAgingAccumulator';

/**
 * Starts an aging pass: an empty {@link AgingAccumulator} with its settings checked. The issue calls
 * the steps `add`, `merge` and `result`; here they are `addOpenItem`/`addOpenItems`,
 * `mergeAgingAccumulators` and `agingResult`. Split a huge portfolio's items across workers, give each
 * an accumulator made with the same options, and merge them: the result is exactly that of one pass.
 *
 * @param options - The date, basis, scheme, grouping tags, customers and disputed treatment.
 * @returns An empty accumulator.
 * @throws {ReceivablesError} `INVALID_DATE` for a malformed `asOf`; `INVALID_ARGUMENT` for an unknown
 *   `basis` or `disputed`, or `groupBy` not a list of distinct names; `INVALID_BUCKET_SCHEME` when
 *   `buckets` is not a valid scheme.
 *
 * @example
 * ```ts
 * import { addOpenItem, agingResult, createAgingAccumulator, managementBuckets } from '@receivables/aging';
 *
 * const accumulator = createAgingAccumulator({ asOf: '2026-06-30', buckets: managementBuckets });
 * addOpenItem(accumulator, {
 *   customerId: 'C1', invoiceId: 'INV-1', instalment: 1, role: 'final', currency: 'CNY',
 *   documentDate: '2026-01-10', dueDate: '2026-02-09', originalMinor: 500000, openMinor: 120000, disputedMinor: 0,
 * });
 * const cny = agingResult(accumulator).currencies[0];
 * // 141 days past due falls in 91–180.
 * console.log(cny?.buckets.find((bucket) => bucket.count > 0)?.bucketId, cny?.balance.toFixed(2)); // d91to180 1200.00
 * ```
 */
export function createAgingAccumulator(options: AgingAccumulatorOptions): AgingAccumulator {
  const asOfDay = openItemsReadDay(options.asOf, API, 'asOf');
  const scheme = options.buckets === undefined ? thirtyDayBuckets : readScheme(options.buckets);
  const basis = options.basis ?? (scheme.unit === 'calendarYears' ? 'documentDate' : 'dueDate');
  requireOneOf('basis', basis, ['dueDate', 'documentDate']);
  const disputed = options.disputed ?? 'include';
  requireOneOf('disputed', disputed, ['include', 'exclude']);
  const groupBy = readGroupBy(options.groupBy ?? []);
  const tagValues = new Map<string, (string | null)[]>();
  for (const customer of options.customers ?? []) {
    tagValues.set(
      customer.id,
      groupBy.map((tag) => customer.tags[tag] ?? null),
    );
  }
  return {
    asOf: options.asOf,
    basis,
    scheme,
    disputed,
    groupBy,
    tagValues,
    cells: new Map(),
    asOfDay,
    upperBounds: scheme.buckets.map((bucket) => bucket.to ?? Number.POSITIVE_INFINITY),
    yearsByDate: new Map(),
  };
}

function readScheme(buckets: BucketScheme): BucketScheme {
  try {
    return createBucketScheme(buckets);
  } catch (error) {
    if (error instanceof ReceivablesError) {
      throw new ReceivablesError(
        error.code,
        error.message.replace('createBucketScheme:', `${API}: buckets:`),
        {
          details: error.details,
          cause: error,
        },
      );
    }
    throw error;
  }
}

function requireOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value === 'string' && allowed.includes(value)) return;
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${API}: ${field} ${describeValue(value)} is not one of ${allowed.map((name) => `'${name}'`).join(', ')}`,
    { details: { field, value: describeValue(value), allowed } },
  );
}

function readGroupBy(groupBy: readonly string[]): readonly string[] {
  if (!Array.isArray(groupBy)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `${API}: groupBy ${describeValue(groupBy)} is not a list of tag names`,
      {
        details: { field: 'groupBy', value: describeValue(groupBy) },
      },
    );
  }
  const names: readonly unknown[] = groupBy;
  const bad = names.findIndex((name, index) => typeof name !== 'string' || names.indexOf(name) !== index);
  if (bad < 0) return [...groupBy];
  const reason = typeof names[bad] === 'string' ? 'repeats an earlier name' : 'is not a tag name';
  throw new ReceivablesError(
    'INVALID_ARGUMENT',
    `${API}: groupBy[${bad}] ${describeValue(names[bad])} ${reason}`,
    {
      details: { field: `groupBy[${bad}]`, value: describeValue(names[bad]) },
    },
  );
}
