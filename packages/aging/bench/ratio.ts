/**
 * The time ratio of exact aging to the plain float loop, measured robustly on a busy machine: both run
 * on the same million generated open items, alternately, many rounds, and the median of the per-round
 * ratios is reported (with the quartiles), and the ratio of the fastest runs. `pnpm bench` gives
 * vitest's view of the same comparison.
 *
 *   npx tsx --conditions=@receivables/source packages/aging/bench/ratio.ts [rounds]
 */
import { addOpenItems, agingResult, createAgingAccumulator, thirtyDayBuckets } from '../src/index.ts';
import { BENCH_AS_OF, generateOpenItems, plainAging } from './agingWorkload.ts';

const rounds = Number(process.argv[2] ?? 21);
const items = generateOpenItems(1_000_000);

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const exact = () =>
  agingResult(addOpenItems(createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets }), items));
const pass = () =>
  addOpenItems(createAgingAccumulator({ asOf: BENCH_AS_OF, buckets: thirtyDayBuckets }), items);
const plain = () => plainAging(items, BENCH_AS_OF, thirtyDayBuckets);

for (let warmup = 0; warmup < 3; warmup++) {
  time(plain);
  time(exact);
}
const full: number[] = [];
const passOnly: number[] = [];
const best = {
  plain: Number.POSITIVE_INFINITY,
  exact: Number.POSITIVE_INFINITY,
  pass: Number.POSITIVE_INFINITY,
};
for (let round = 0; round < rounds; round++) {
  // Alternate the order so that neither side always runs right after the other's garbage.
  let plainTime: number;
  let exactTime: number;
  if (round % 2 === 0) {
    plainTime = time(plain);
    exactTime = time(exact);
  } else {
    exactTime = time(exact);
    plainTime = time(plain);
  }
  full.push(exactTime / plainTime);
  const passTime = time(pass);
  const plainAgain = time(plain);
  passOnly.push(passTime / plainAgain);
  best.plain = Math.min(best.plain, plainTime, plainAgain);
  best.exact = Math.min(best.exact, exactTime);
  best.pass = Math.min(best.pass, passTime);
}

function quartiles(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.round(share * (sorted.length - 1))]!.toFixed(2);
  return `median ${at(0.5)} (quartiles ${at(0.25)}–${at(0.75)})`;
}

console.log(`${items.length.toLocaleString('en')} open items, ${rounds} alternating rounds`);
console.log(`exact (pass + per-customer report) ÷ plain loop: ${quartiles(full)}`);
console.log(`exact pass alone ÷ plain loop:                  ${quartiles(passOnly)}`);
// The fastest run of each is the one least disturbed by other work on the machine.
console.log(
  `fastest exact ÷ fastest plain: ${(best.exact / best.plain).toFixed(2)}; pass alone ${(best.pass / best.plain).toFixed(2)}`,
);
