import { bench, describe } from 'vitest';
import { scoreApplicant, sevenItemScorecard } from '../src/index.ts';
import { generateSevenItemInputs, handWrittenSevenItemScore } from './scoringWorkload.ts';

/**
 * Scoring 100,000 generated customers with the seven-item scorecard, explanations included (every
 * factor's value, points and contribution, the top reasons, the grade and the rules applied), against a
 * hand-written weighted sum of the same factor scores over the same inputs, in the same run. The summary
 * line gives the ratio; docs/performance.md records it.
 */
const inputs = generateSevenItemInputs(100_000);
const options = { time: 0, iterations: 20, warmupTime: 0, warmupIterations: 3 };
let sink = 0;

describe(`scoring ${inputs.length.toLocaleString('en')} customers with the seven-item scorecard`, () => {
  bench(
    'scoreApplicant(sevenItemScorecard, input): score, grade, rules and explanation',
    () => {
      for (const input of inputs) sink += scoreApplicant(sevenItemScorecard, input).score;
    },
    options,
  );

  bench(
    'hand-written weighted sum: the score alone',
    () => {
      for (const input of inputs) sink += handWrittenSevenItemScore(input);
    },
    options,
  );
});

export { sink };
