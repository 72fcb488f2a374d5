import { bench, describe } from 'vitest';
import { generateWorkload, runAging, runWorklist } from './worklistWorkload.ts';

/**
 * Today's worklist for about a million open items against aging the same portfolio (computeOpenItems,
 * then createAgingAccumulator + addOpenItems + agingResult) in the same run. Both compute the open items
 * from the portfolio; the worklist then plans the day. Target (issue 5): at most 2 times aging's time.
 * `ratio.ts` gives the robust median of alternating rounds; docs/performance.md records it.
 */
const { portfolio, openItems } = generateWorkload(1_290_000);
const options = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 };

describe(`worklist vs aging, ${openItems.toLocaleString('en')} open items`, () => {
  bench('worklist (default policy, as of the benchmark day)', () => void runWorklist(portfolio), options);
  bench('aging: computeOpenItems + accumulator + agingResult', () => void runAging(portfolio), options);
});
