import { bench, describe } from 'vitest';
import { renderScript } from '../src/index.ts';
import { BENCH_TEMPLATES, generateScriptValues, handWrittenScript, valuesFor } from './renderWorkload.ts';

/**
 * Rendering 100,000 scripts (an English phone script and a Chinese letter in turn, values from the
 * shared seeded generator) with `renderScript` against hand-written template literals that format the
 * same way, in the same run. The summary line gives the ratio; docs/performance.md records it.
 */
const COUNT = 100_000;
const values = generateScriptValues(COUNT);
const picked = values.map((value, index) => valuesFor(BENCH_TEMPLATES[index % 2] as never, value));

// Both sides must write exactly the same text, or the comparison means nothing.
for (let index = 0; index < 1_000; index++) {
  const which = (index % 2) as 0 | 1;
  const rendered = renderScript(BENCH_TEMPLATES[which], picked[index] as never).body;
  const expected = handWrittenScript(which, values[index] as never);
  if (rendered !== expected) throw new Error(`script ${index} differs:\n${rendered}\n---\n${expected}`);
}

const options = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 };

describe(`rendering ${COUNT.toLocaleString('en')} scripts`, () => {
  bench(
    'renderScript (validated, ICU, text)',
    () => {
      for (let index = 0; index < COUNT; index++)
        renderScript(BENCH_TEMPLATES[index % 2] as never, picked[index] as never);
    },
    options,
  );

  bench(
    'renderScript (validated, ICU, html)',
    () => {
      for (let index = 0; index < COUNT; index++) {
        renderScript(BENCH_TEMPLATES[index % 2] as never, picked[index] as never, { format: 'html' });
      }
    },
    options,
  );

  bench(
    'hand-written template literals (same formatting, no checks)',
    () => {
      for (let index = 0; index < COUNT; index++)
        handWrittenScript((index % 2) as 0 | 1, values[index] as never);
    },
    options,
  );
});
