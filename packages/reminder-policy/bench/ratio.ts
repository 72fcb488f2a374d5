/**
 * The time ratio of today's worklist to aging for about a million open items, measured robustly on a
 * busy machine: both run on the same generated portfolio, alternately, several rounds, and the median of
 * the per-round ratios is reported with the quartiles.
 *
 *   node --max-old-space-size=8192 --import tsx --conditions=@receivables/source packages/reminder-policy/bench/ratio.ts [rounds] [invoices]
 */
import { generateWorkload, runAging, runWorklist } from './worklistWorkload.ts';

const rounds = Number(process.argv[2] ?? 7);
const { portfolio, openItems } = generateWorkload(Number(process.argv[3] ?? 1_290_000));

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const worklistRun = () => runWorklist(portfolio);
const agingRun = () => runAging(portfolio);
time(agingRun);
time(worklistRun);

const ratios: number[] = [];
const agingTimes: number[] = [];
const worklistTimes: number[] = [];
for (let round = 0; round < rounds; round++) {
  const aging = time(agingRun);
  const worklist = time(worklistRun);
  agingTimes.push(aging);
  worklistTimes.push(worklist);
  ratios.push(worklist / aging);
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: readonly number[], q: number) =>
  sorted(values)[Math.floor(q * (values.length - 1))]!;
console.log(`open items: ${openItems}`);
console.log(
  `aging median: ${quantile(agingTimes, 0.5).toFixed(0)} ms; worklist median: ${quantile(worklistTimes, 0.5).toFixed(0)} ms`,
);
console.log(
  `worklist ÷ aging, median of ${rounds} rounds: ${quantile(ratios, 0.5).toFixed(2)} (quartiles ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)})`,
);
