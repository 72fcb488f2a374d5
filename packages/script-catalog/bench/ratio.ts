/**
 * The render ratio, measured in alternating rounds so that both sides see the same machine load:
 * each round renders the same 100,000 scripts with `renderScript` (text, then HTML) and with the
 * hand-written template literals, and the per-round ratios are summarised by their median and quartiles.
 *
 *   npx tsx --conditions=@receivables/source packages/script-catalog/bench/ratio.ts
 */
import { renderScript, type ScriptFormat } from '../src/index.ts';
import { BENCH_TEMPLATES, generateScriptValues, handWrittenScript, valuesFor } from './renderWorkload.ts';

const COUNT = 100_000;
const ROUNDS = 15;
const values = generateScriptValues(COUNT);
const picked = values.map((value, index) => valuesFor(BENCH_TEMPLATES[index % 2] as never, value));

function timeRenderScript(format: ScriptFormat): number {
  const started = performance.now();
  for (let index = 0; index < COUNT; index++) {
    renderScript(BENCH_TEMPLATES[index % 2] as never, picked[index] as never, { format });
  }
  return performance.now() - started;
}

function timeHandWritten(): number {
  const started = performance.now();
  for (let index = 0; index < COUNT; index++) handWrittenScript((index % 2) as 0 | 1, values[index] as never);
  return performance.now() - started;
}

function quartiles(samples: readonly number[]): [number, number, number] {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.round(q * (sorted.length - 1))] as number;
  return [at(0.25), at(0.5), at(0.75)];
}

// One warm-up round so every side runs optimised code.
timeRenderScript('text');
timeRenderScript('html');
timeHandWritten();

const text: number[] = [];
const html: number[] = [];
const plain: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const base = timeHandWritten();
  plain.push(base);
  text.push(timeRenderScript('text') / base);
  html.push(timeRenderScript('html') / base);
}

const fmt = (n: number): string => n.toFixed(2);
const [p25, p50, p75] = quartiles(plain);
console.log(`scripts per round: ${COUNT.toLocaleString('en')}, rounds: ${ROUNDS}`);
console.log(`hand-written: median ${p50.toFixed(0)} ms (quartiles ${p25.toFixed(0)}–${p75.toFixed(0)})`);
for (const [name, ratios] of [
  ['renderScript text ÷ hand-written', text],
  ['renderScript html ÷ hand-written', html],
] as const) {
  const [q1, median, q3] = quartiles(ratios);
  console.log(`${name}: median ${fmt(median)} (quartiles ${fmt(q1)}–${fmt(q3)})`);
}
