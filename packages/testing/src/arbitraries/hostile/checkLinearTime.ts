import { readCount } from '../../_internals/readCount.ts';
import { adversarialTexts } from './adversarialTexts.ts';
import { checkHostileCall } from './checkHostileCall.ts';
import type { TextTiming } from './TextTiming.ts';

/** Options of {@link checkLinearTime}. */
export interface CheckLinearTimeOptions {
  /**
   * The length of the longer texts; each run is timed at half this length too.
   * @defaultValue `100_000`
   */
  readonly length?: number;
  /**
   * Milliseconds a run on the longer text may take whatever its growth: slow machines stay green.
   * @defaultValue `1500`
   */
  readonly budgetMs?: number;
}

/** The time of one call, at least a microsecond, so that a ratio of two times is always defined. */
function timeOf(run: () => void): number {
  const start = performance.now();
  run();
  return Math.max(performance.now() - start, 0.001);
}

/**
 * Feeds every text of {@link adversarialTexts} to `run` at half `length` and at `length`, each call
 * checked by {@link checkHostileCall}, and fails when a call on the longer text takes both more than
 * `budgetMs` and more than three times (plus 50 ms) the call on the shorter one. Linear work roughly
 * doubles, so it passes even on a loaded machine; the quadratic or exponential work of a backtracking
 * regular expression at 100,000 characters takes seconds to hours and fails (an exponential one never
 * returns, which fails the test run by its time limit).
 *
 * @param run - The call to time, given the text, e.g. `(text) => parseCustomer({ id: 'C1', name: text })`.
 * @param options - The length of the texts and the time budget.
 * @returns The name of every text with its two times, in milliseconds.
 * @throws {Error} When a call grows faster than linearly, or fails {@link checkHostileCall}.
 *
 * @example
 * ```ts
 * import { decimal } from '@receivables/core';
 * import { checkLinearTime } from '@receivables/testing';
 *
 * const timings = checkLinearTime((text) => decimal(text), { length: 20_000 });
 * console.log(timings.length > 10); // true
 * ```
 */
export function checkLinearTime(
  run: (text: string) => unknown,
  options: CheckLinearTimeOptions = {},
): readonly TextTiming[] {
  const length = readCount('checkLinearTime', 'length', options.length ?? 100_000);
  const budgetMs = options.budgetMs ?? 1500;
  const halves = adversarialTexts(Math.floor(length / 2));
  return adversarialTexts(length).map(({ name, text }, index) => {
    const half = halves[index]?.text ?? '';
    const halfMs = timeOf(() => checkHostileCall(() => run(half)));
    const fullMs = timeOf(() => checkHostileCall(() => run(text)));
    if (fullMs > budgetMs && fullMs > 3 * halfMs + 50) {
      throw new Error(
        `checkLinearTime: ${name}: ${length} characters took ${fullMs.toFixed(0)} ms, ${(fullMs / halfMs).toFixed(1)} times the ${halfMs.toFixed(0)} ms of ${Math.floor(length / 2)}`,
      );
    }
    return { name, halfMs, fullMs };
  });
}
