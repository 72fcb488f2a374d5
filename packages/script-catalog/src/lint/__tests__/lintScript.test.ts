import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type { LintRule } from '../../index.ts';
import { defaultLintRules, lintScript } from '../../index.ts';

const rulesHit = (text: string, stage = 'middleOverdue' as const): string[] =>
  lintScript(text, { stage, locale: 'en' }).map((finding) => finding.ruleId);

describe('lintScript', () => {
  it.each([
    ['Pay or you will go to jail.', 'criminalThreat'],
    ['再不还钱就让你坐牢。', 'criminalThreat'],
    ['Pay now or else.', 'intimidation'],
    ['不还钱就后果自负。', 'intimidation'],
    ['We will post your name online.', 'publicShaming'],
    ['我们会把你挂网曝光。', 'publicShaming'],
    ['There is a gift card for you personally.', 'personalBenefit'],
    ['付款后给你个人一个红包。', 'personalBenefit'],
    ['I will call you at midnight.', 'nightContact'],
    ['I will call again at 11 pm.', 'nightContact'],
    ['We can talk at 06:30 tomorrow.', 'nightContact'],
    ['晚上11点我再打给你。', 'nightContact'],
    ['明天凌晨我再联系你。', 'nightContact'],
    ['You are a deadbeat.', 'insult'],
    ['你就是个老赖。', 'insult'],
    ['We will keep calling until you pay.', 'harassment'],
    ['我们会天天打电话。', 'harassment'],
    ['We will take you to court.', 'legalActionTooEarly'],
    ['我们会起诉贵司。', 'legalActionTooEarly'],
  ])('flags %s', (text, rule) => {
    expect(rulesHit(text)).toContain(rule);
  });

  it.each([
    'There is an issue with the invoice; could you pursue it with finance?',
    'Our policy is to call between 9 am and 6 pm.',
    'We appreciate your courtesy and the familiar process.',
    '本通知书依法中断诉讼时效。',
    'The meeting is at 14:30.',
  ])('does not flag the harmless %s', (text) => {
    expect(rulesHit(text)).toEqual([]);
  });

  it('allows legal-action wording from the late-overdue stage on', () => {
    expect(rulesHit('We will take you to court.', 'lateOverdue' as never)).toEqual([]);
    expect(lintScript('我们会起诉贵司。', { stage: 'preLegal', locale: 'zh-CN' })).toEqual([]);
  });

  it('normalises full-width characters and curly apostrophes', () => {
    expect(rulesHit('晚上１１点再打给你')).toEqual(['nightContact']);
    expect(rulesHit('You’ll regret this.')).toEqual(['intimidation']);
  });

  it('reports the rule, its message in the requested locale and where it matched', () => {
    expect(lintScript('好的，不然后果自负。', { stage: 'earlyOverdue', locale: 'zh-CN' })).toEqual([
      {
        ruleId: 'intimidation',
        category: 'intimidation',
        severity: 'error',
        message: '措辞带有恐吓意味。请平和地陈述事实和下一步安排。',
        excerpt: '后果自负',
        index: 5,
      },
    ]);
    expect(lintScript('or else', { stage: 'earlyOverdue', locale: 'en-GB' })[0]?.message).toBe(
      'Sounds like intimidation. State facts and next steps calmly instead.',
    );
  });

  it('runs the integrator’s rules, keywords and bounded patterns alike', () => {
    const rules: LintRule[] = [
      ...defaultLintRules,
      {
        id: 'acme.noWeekend',
        category: 'other',
        severity: 'warning',
        stages: ['earlyOverdue'],
        message: { en: 'No weekend calls.', 'zh-CN': '周末不打电话。' },
        match: {
          en: { keywords: ['on sunday'], patterns: ['\\bsat(urday)?\\b'] },
          'zh-CN': { keywords: ['周末'] },
        },
      },
    ];
    const found = lintScript('I will call on Sunday or Sat, 周末也行。', {
      stage: 'earlyOverdue',
      locale: 'zh-CN',
      rules,
    });
    expect(found.map((finding) => `${finding.excerpt}:${finding.message}`)).toEqual([
      'on sunday:周末不打电话。',
      'sat:周末不打电话。',
      '周末:周末不打电话。',
    ]);
    expect(lintScript('on Sunday', { stage: 'lateOverdue', locale: 'en', rules })).toEqual([]);
  });

  it('survives a pattern that matches an empty stretch of text', () => {
    const rules: LintRule[] = [
      {
        id: 'edge',
        category: 'other',
        severity: 'warning',
        message: { en: 'Edge.' },
        match: { en: { patterns: ['\\b'] } },
      },
    ];
    expect(lintScript('two words', { stage: 'beforeDue', locale: 'en', rules })).toEqual([]);
  });

  it('refuses rules whose patterns could take more than linear time', () => {
    const unsafe = [
      '(a+)+$',
      'a*b',
      '\\d+',
      '[a-z]*',
      '\\p{L}+',
      '(a?b){1,3}',
      '(.)\\1',
      '(?=x)y',
      'a{1,}',
      'x{1,50}',
      '(',
      'x?',
    ];
    for (const pattern of unsafe) {
      const rules: LintRule[] = [
        {
          id: 'bad',
          category: 'other',
          severity: 'error',
          message: { en: 'x' },
          match: { en: { patterns: [pattern] } },
        },
      ];
      expect(() => lintScript('text', { stage: 'beforeDue', locale: 'en', rules }), pattern).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });

  it('refuses text that is not a string, an unknown stage and a malformed locale', () => {
    expect(() => lintScript(42 as never, { stage: 'beforeDue', locale: 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => lintScript('x', { stage: 'overdue' as never, locale: 'en' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => lintScript('x', { stage: 'beforeDue', locale: '??' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

const keywordsOf = (rule: LintRule): string[] =>
  Object.values(rule.match).flatMap((match) => [...(match.keywords ?? [])]);
const prose = fc.string({
  unit: fc.constantFrom(...' .,;，。、我们请您的款项payment is due thank you'.split('')),
  maxLength: 40,
});

describe('properties', () => {
  it('every shipped template is lint-clean at each of its stages', () => {
    fc.assert(
      fc.property(fc.constantFrom(...defaultScriptCatalog.templates), (template) => {
        for (const stage of template.stages) {
          const errors = lintScript(`${template.subject ?? ''}\n${template.body}`, {
            stage,
            locale: template.locale,
          }).filter((finding) => finding.severity === 'error');
          expect(errors, `${template.id}@${template.locale} at ${stage}`).toEqual([]);
        }
      }),
      { numRuns: defaultScriptCatalog.templates.length * 2 },
    );
  });

  it('a keyword of any rule is found wherever it is put, between word breaks', () => {
    const pairs = defaultLintRules.flatMap((rule) =>
      keywordsOf(rule).map((keyword) => [rule, keyword] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...pairs), prose, prose, ([rule, keyword], before, after) => {
        const text = `${before} ${keyword} ${after}`;
        const findings = lintScript(text, { stage: 'beforeDue', locale: 'en' });
        expect(findings.map((finding) => finding.ruleId)).toContain(rule.id);
      }),
    );
  });

  it('every excerpt is the normalised text at its index', () => {
    fc.assert(
      fc.property(
        prose,
        fc.constantFrom('坐牢', 'MIDNIGHT', '１１ PM', 'or else'),
        prose,
        (before, risky, after) => {
          const text = `${before} ${risky} ${after}`;
          const normalised = text.normalize('NFKC').toLowerCase();
          for (const finding of lintScript(text, { stage: 'beforeDue', locale: 'en' })) {
            expect(normalised.slice(finding.index, finding.index + finding.excerpt.length)).toBe(
              finding.excerpt,
            );
          }
        },
      ),
    );
  });
});
