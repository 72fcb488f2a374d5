/**
 * The recommended phone script for one situation, in English and in Chinese: a customer who holds
 * the cards says "our finance person is away" (财务不在), 22 days after the due date, with our quarter
 * closing in eight days. The recommender ranks the tactics (never breaking a hard rule), picks the best
 * script for a call, and the renderer fills it in for each language.
 *
 *   npx tsx --conditions=@receivables/source examples/phone-script.ts
 */
import {
  createScriptCatalog,
  findLocaleTexts,
  lintScript,
  pickVariables,
  recommendScripts,
  renderScript,
  type Situation,
  type VariableValues,
} from '@receivables/script-catalog';
import { en } from '@receivables/script-catalog/locales/en';
import { zhCN } from '@receivables/script-catalog/locales/zh-CN';

const catalog = createScriptCatalog({ locales: [en, zhCN] });

const situation: Omit<Situation, 'locale'> = {
  scenario: 'E5',
  power: 'customerStronger',
  style: 'donkey',
  stage: 'earlyOverdue',
  channel: 'phone',
  tier: 1,
  asOf: '2026-06-22',
  localTime: '10:30',
  flags: { readyToEndRelationship: false, realDeadline: '2026-06-30', authorityToConcede: false },
};

const values: Record<string, VariableValues> = {
  en: {
    contact: 'Ms Wang',
    sender: 'Li Lei',
    customer: 'Hengda Trading Co., Ltd.',
    invoiceNumbers: ['INV-2026-0117', 'INV-2026-0142'],
    amount: { amount: '128000.00', currency: 'CNY' },
    dueDate: '2026-05-31',
    daysPastDue: 22,
    deadline: '2026-06-30',
  },
  'zh-CN': {
    contact: '王经理',
    sender: '李雷',
    customer: '恒达贸易有限公司',
    invoiceNumbers: ['INV-2026-0117', 'INV-2026-0142'],
    amount: { amount: '128000.00', currency: 'CNY' },
    dueDate: '2026-05-31',
    daysPastDue: 22,
    deadline: '2026-06-30',
  },
};

for (const locale of ['en', 'zh-CN'] as const) {
  const texts = findLocaleTexts(catalog, locale);
  // Chinese sentences run on without spaces; English ones need one.
  const gap = locale === 'zh-CN' ? '' : ' ';
  const { scripts, tactics } = recommendScripts({ ...situation, locale }, { catalog, limit: 3 });
  const best = scripts[0];
  if (best === undefined) throw new Error(`no script fits the situation in ${locale}`);

  console.log(
    `=== ${texts.name}: ${texts.scenarios.E5.name} · ${texts.powerSituations.customerStronger.name}`,
  );
  console.log(
    tactics.ranked
      .slice(0, 3)
      .map((entry) => `${entry.rank}. ${texts.tactics[entry.tactic].name} (${entry.score.total})`)
      .join('   '),
  );
  for (const excluded of tactics.excluded) {
    console.log(
      `✗ ${texts.tactics[excluded.tactic].name}: ${excluded.reasons.map((reason) => reason.text[locale]).join(gap)}`,
    );
  }
  for (const advice of tactics.advice) console.log(`→ ${advice.text[locale]}`);
  console.log(`\n[${best.template.id}] ${best.reasons.map((reason) => reason.text[locale]).join(gap)}\n`);

  const script = renderScript(best.template, pickVariables(best.template, values[locale] ?? {}));
  console.log(script.body);
  // The lint runs on what is actually said, so it also guards scripts edited by hand.
  const findings = lintScript(script.body, { stage: situation.stage, locale });
  console.log(
    `\nlint: ${findings.length === 0 ? 'clean' : findings.map((finding) => finding.message).join('; ')}\n`,
  );
}
