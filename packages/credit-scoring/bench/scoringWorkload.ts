import type { SevenItemInput } from '../src/index.ts';

/** A small seeded generator (mulberry32), so that every run scores the same customers. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const OUTLOOKS = ['favourable', 'neutral', 'adverse'] as const;

/**
 * `count` seven-item inputs with a realistic spread: one customer in ten new (no payment history), ratios
 * with two decimals across every band, a few young companies, flags and long overdue items now and then.
 */
export function generateSevenItemInputs(count: number, seed = 20_260_630): SevenItemInput[] {
  const random = seededRandom(seed);
  const pick = (low: number, high: number, decimals: number): number =>
    Math.round((low + random() * (high - low)) * 10 ** decimals) / 10 ** decimals;
  const inputs: SevenItemInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const isNew = random() < 0.1;
    inputs.push({
      onTimeRatio: isNew ? null : pick(0.3, 1, 2),
      brokenPromises: isNew ? 0 : Math.floor(random() * random() * 5),
      currentRatio: pick(0.3, 3, 2),
      debtToAssets: pick(0.1, 1.1, 2),
      collateralCoverage: random() < 0.4 ? 0 : pick(0, 1.5, 2),
      outlook: OUTLOOKS[Math.floor(random() * 3)] ?? 'neutral',
      operatingCashFlowToCurrentLiabilities: pick(-0.3, 0.6, 2),
      yearsTrading: isNew ? 0 : pick(0, 15, 1),
      companyAgeYears: pick(0.5, 30, 1),
      flags: { courtDefaulter: random() < 0.01 },
      criticalSignals: random() < 0.03 ? 1 : 0,
      maxDaysPastDue: Math.floor(random() * random() * 150),
    });
  }
  return inputs;
}

function band(value: number, bounds: readonly number[], points: readonly number[]): number {
  let index = bounds.length;
  while (index > 0 && value < bounds[index - 1]!) index -= 1;
  return points[index]!;
}

/**
 * The baseline: the seven-item weighted sum written by hand (spec §1.1), numbers only: no validation,
 * no explanation, no rounding, no grade and no rules. What a quick spreadsheet-style loop computes.
 */
export function handWrittenSevenItemScore(input: SevenItemInput): number {
  const onTime = input.onTimeRatio ?? 0.6;
  const character = Math.max(0, 100 * onTime - 20 * (input.brokenPromises ?? 0));
  const capacity = band(input.currentRatio ?? 0, [1, 1.5, 2], [30, 60, 80, 100]);
  const debt = input.debtToAssets ?? 0;
  const capital = debt <= 0.4 ? 100 : debt <= 0.6 ? 80 : debt <= 0.7 ? 60 : debt <= 0.85 ? 30 : 0;
  const cover = input.collateralCoverage ?? 0;
  const collateral = cover >= 1 ? 100 : cover >= 0.5 ? 60 : cover > 0 ? 30 : 0;
  const conditions = input.outlook === 'favourable' ? 100 : input.outlook === 'neutral' ? 60 : 20;
  const cashFlow = band(input.operatingCashFlowToCurrentLiabilities ?? 0, [0, 0.2], [0, 60, 100]);
  let continuity = band(input.yearsTrading ?? 0, [1, 3], [40, 70, 100]);
  if ((input.companyAgeYears ?? 99) < 2) continuity = Math.min(continuity, 40);
  return (
    (20 * character +
      15 * capacity +
      15 * capital +
      10 * collateral +
      10 * conditions +
      15 * cashFlow +
      15 * continuity) /
    100
  );
}
