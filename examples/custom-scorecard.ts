/**
 * Extending scoring rules: a scorecard kept as data in a JSON file, a custom factor written in code (a
 * supply-chain rating computed from the customer's own receivables), and a custom knock-out rule (a
 * sanctions-list lookup) added in code. Nothing is registered globally: everything is passed in.
 *
 *   npx tsx --conditions=@receivables/source examples/custom-scorecard.ts
 */
import { readFileSync } from 'node:fs';
import {
  createScorecard,
  defineCustomFactor,
  type GradeRule,
  type ScorecardDefinition,
  type ScoreResult,
  scoreApplicant,
} from '@receivables/credit-scoring';

// 1. The scorecard as data. createScorecard validates it and reports every problem with its path.
const fromFile = JSON.parse(
  readFileSync(new URL('./data/scorecard.json', import.meta.url), 'utf8'),
) as ScorecardDefinition;

// 2. A custom factor: the file names it ({ "kind": "custom", "id": "supplyChainRating" }); the code is
//    here. Its input schema can be zod or any Standard Schema validator; this one is written by hand
//    so that the example needs no other package. The points come from the customer's own customers:
//    the share of its receivables that is current, minus a penalty for concentration on one buyer.
interface SupplyChain {
  readonly currentShare: number;
  readonly largestBuyerShare: number;
}

const isShare = (value: unknown): value is number => typeof value === 'number' && value >= 0 && value <= 1;

const supplyChainRating = defineCustomFactor<SupplyChain>({
  kind: 'custom',
  id: 'supplyChainRating',
  inputSchema: {
    '~standard': {
      version: 1,
      vendor: 'example',
      validate: (value) => {
        const { currentShare, largestBuyerShare } = (value ?? {}) as Record<string, unknown>;
        if (isShare(currentShare) && isShare(largestBuyerShare))
          return { value: { currentShare, largestBuyerShare } };
        return {
          issues: [{ message: 'expected { currentShare, largestBuyerShare }, both shares from 0 to 1' }],
        };
      },
    },
  },
  points: ({ currentShare, largestBuyerShare }) =>
    Math.max(0, Math.round(100 * currentShare - 50 * Math.max(0, largestBuyerShare - 0.3))),
});

// 3. A custom knock-out rule: the rule is data, its condition a predicate passed in code.
const sanctioned = new Set(['91310000MA1FL0XXXX']);
const sanctionsRule: GradeRule = {
  id: 'sanctionsList',
  kind: 'knockOut',
  when: { custom: 'onSanctionsList' },
  grade: 'D',
  label: { en: 'On a sanctions list', 'zh-CN': '列入制裁名单' },
};

const scorecard = createScorecard(
  { ...fromFile, rules: [...(fromFile.rules ?? []), sanctionsRule] },
  {
    customFactors: [supplyChainRating],
    customConditions: { onSanctionsList: (input) => sanctioned.has(String(input.creditCode)) },
  },
);

const customers = [
  {
    name: 'Hengda Trading',
    creditCode: '91330100MA2B00XXXX',
    paydex: 82,
    ratios: { current: 1.8, debtToAssets: 0.45 },
    industry: 'manufacturing',
    supplyChain: { currentShare: 0.92, largestBuyerShare: 0.25 },
    maxDaysPastDue: 12,
  },
  {
    name: 'Lianhua Foods',
    creditCode: '91110000MA00XXXXXX',
    ratios: { current: 1.1, debtToAssets: 0.72 },
    industry: 'retail',
    supplyChain: { currentShare: 0.7, largestBuyerShare: 0.6 },
    maxDaysPastDue: 104,
  },
  {
    name: 'Shady Holdings',
    creditCode: '91310000MA1FL0XXXX',
    paydex: 90,
    ratios: { current: 2.6, debtToAssets: 0.3 },
    industry: 'utilities',
    maxDaysPastDue: 0,
  },
];

function explain(name: string, result: ScoreResult): void {
  const graded =
    result.grade.id === result.gradeBeforeRules.id
      ? result.grade.id
      : `${result.gradeBeforeRules.id} → ${result.grade.id}`;
  console.log(`${name}: score ${result.score}, grade ${graded} (${result.grade.label.en})`);
  for (const factor of result.factors) {
    const points = factor.points === null ? 'left out' : `${factor.points} points`;
    const note = factor.missing ? ', value missing' : '';
    console.log(
      `  ${factor.label.en.padEnd(20)} ${points.padStart(11)}, weight ${factor.weight}, adds ${factor.contribution}${note}`,
    );
  }
  for (const reason of result.reasons) {
    console.log(`  reason ${reason.code}: −${reason.impact} ${reason.label.en} / ${reason.label['zh-CN']}`);
  }
  for (const rule of result.rulesApplied) {
    console.log(`  rule ${rule.id} (${rule.kind} ${rule.grade}): ${rule.label.en} / ${rule.label['zh-CN']}`);
  }
}

for (const customer of customers) explain(customer.name, scoreApplicant(scorecard, customer));

// A broken file is refused with every problem listed, each with its path.
try {
  createScorecard({ ...fromFile, totalWeight: 90, factors: [...fromFile.factors, fromFile.factors[0]!] });
} catch (error) {
  console.log(`\n${(error as Error).message}`);
}
