import { bench, describe } from 'vitest';
import { addOpenItems, agingResult, createAgingAccumulator, thirtyDayBuckets } from '../src/index.ts';
import { BENCH_AS_OF, generateOpenItems, plainAging } from './agingWorkload.ts';

/**
 * Aging a million generated open items with per-customer totals: the exact accumulator (integer minor
 * units, bigint promotion, Decimal results) against a plain float loop with the same bucket logic over
 * the same input, in the same run. The summary line gives the ratio; docs/performance.md records it.
 */
const items = generateOpenItems(1_000_000);
const options = { time: 0, iterations: 10, warmupTime: 0, warmupIterations: 2 };
const filled = addOpenItems(createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets }), items);

describe(`aging ${items.length.toLocaleString('en')} open items with per-customer totals`, () => {
  bench(
    'exact: createAgingAccumulator + addOpenItems + agingResult',
    () => {
      const accumulator = createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets });
      addOpenItems(accumulator, items);
      agingResult(accumulator);
    },
    options,
  );

  bench(
    'exact, the pass alone: createAgingAccumulator + addOpenItems',
    () => {
      addOpenItems(createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets }), items);
    },
    options,
  );

  bench(
    'exact, the report alone: agingResult of the filled accumulator',
    () => {
      agingResult(filled);
    },
    options,
  );

  bench(
    'plain numbers: same buckets, float sums',
    () => {
      plainAging(items, BENCH_AS_OF, thirtyDayBuckets);
    },
    options,
  );
});
