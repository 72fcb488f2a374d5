/**
 * Peak memory of aging a million generated open items, against the size of the input.
 *
 *   npx tsx --conditions=@receivables/source packages/aging/bench/memory.ts
 *
 * Heap is read with process.memoryUsage() after forced full collections (gc is exposed at run time
 * through v8.setFlagsFromString, so no node flag is needed). The input's size is the live heap the
 * items add; the peak is the highest heap seen while aging (sampled every 50,000 items and once the
 * report is built, before collecting), so it counts garbage not yet collected as well: an upper bound.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  addOpenItem,
  agingResult,
  createAgingAccumulator,
  type OpenItem,
  thirtyDayBuckets,
} from '../src/index.ts';
import { BENCH_AS_OF, generateOpenItems, plainAging } from './agingWorkload.ts';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapAfterCollecting(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

const empty = heapAfterCollecting();
let items: OpenItem[] | undefined = generateOpenItems(1_000_000);
const withInput = heapAfterCollecting();
const input = withInput - empty;

function measureExact(all: readonly OpenItem[]): { peak: number; retained: number } {
  let peak = process.memoryUsage().heapUsed;
  const accumulator = createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets });
  for (let index = 0; index < all.length; index++) {
    addOpenItem(accumulator, all[index]!);
    if (index % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const report = agingResult(accumulator);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const retained = heapAfterCollecting() - withInput;
  if (report.customers.length === 0) throw new Error('no customers aged');
  return { peak, retained };
}

function measurePlain(all: readonly OpenItem[]): { peak: number; retained: number } {
  const report = plainAging(all, BENCH_AS_OF, thirtyDayBuckets);
  const peak = process.memoryUsage().heapUsed;
  const retained = heapAfterCollecting() - withInput;
  if (report.length === 0) throw new Error('no customers aged');
  return { peak, retained };
}

const exact = measureExact(items);
heapAfterCollecting();
const plain = measurePlain(items);
const count = items.length;
items = undefined;

console.log(`open items:                     ${count.toLocaleString('en')}`);
console.log(`input (live heap of the items): ${mb(input)}`);
for (const [name, run] of [
  ['exact', exact],
  ['plain', plain],
] as const) {
  console.log(
    `${name.padEnd(6)} peak heap ${mb(run.peak)} = ${(run.peak / input).toFixed(2)} × input` +
      ` (${mb(run.peak - withInput)} above it); report and accumulator retain ${mb(run.retained)}`,
  );
}
console.log(`rss at the end:                 ${mb(process.memoryUsage().rss)}`);
