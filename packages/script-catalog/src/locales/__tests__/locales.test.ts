import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type { ScriptTemplate, TacticId } from '../../index.ts';
import { createScriptCatalog, findLocaleTexts, recommendTactics, renderScript } from '../../index.ts';
import { en } from '../en.ts';
import { zhCN } from '../zh-CN.ts';

const TACTICS: readonly TacticId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10'];
const SCENARIOS = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10'] as const;
const LOCALES = [en, zhCN] as const;

/** Sample values for every variable the shipped templates use. */
const VALUES = {
  customer: 'Hengda Trading',
  contact: 'Ms Wang',
  invoiceNumbers: ['INV-1001', 'INV-1002'],
  amount: { amount: '12800.50', currency: 'CNY' },
  dueDate: '2026-03-31',
  daysPastDue: 45,
  deadline: '2026-05-25',
  sender: 'Li Lei',
  company: 'Huaxin Technology',
  bankDetails: 'ICBC 6222 0000 0000 001',
  offer: 'a free on-site training day',
} as const;

function declaredValues(template: ScriptTemplate): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(template.variables).map((name) => [name, VALUES[name as keyof typeof VALUES]]),
  );
}

describe.each(LOCALES.map((bundle) => [bundle.texts.locale, bundle] as const))(
  'the %s bundle',
  (locale, bundle) => {
    const templates = bundle.templates;

    it.each(TACTICS)('has a phone script and a written message for %s', (tactic) => {
      expect(
        templates.filter((t) => t.tactic === tactic && t.kind === 'phone').length,
      ).toBeGreaterThanOrEqual(1);
      expect(
        templates.filter((t) => t.tactic === tactic && t.kind === 'written').length,
      ).toBeGreaterThanOrEqual(1);
    });

    it.each(SCENARIOS)('has at least two answers to the excuse %s', (scenario) => {
      expect(
        templates.filter((t) => t.kind === 'excuseAnswer' && t.scenario === scenario).length,
      ).toBeGreaterThanOrEqual(2);
    });

    it('has the four demand letters', () => {
      const letters = templates.filter((t) => t.kind === 'demandLetter').map((t) => t.letter);
      expect(letters).toEqual(['firstNotice', 'secondNotice', 'finalNotice', 'limitationDemand']);
    });

    it('puts an acknowledgement slip under the limitation demand', () => {
      const demand = templates.find((t) => t.letter === 'limitationDemand');
      expect(demand?.body).toContain(locale === 'zh-CN' ? '确认回执' : 'Acknowledgement of debt');
      expect(demand?.requires).toEqual(['limitationAtRisk']);
    });

    it('keeps the final notice formal: tactic T10, tier 3, not before late overdue', () => {
      const finalNotice = templates.find((t) => t.letter === 'finalNotice');
      expect(finalNotice).toMatchObject({ tactic: 'T10', minTier: 3, stages: ['lateOverdue', 'preLegal'] });
    });

    it('has a rebuttal under the SME payment regulation for E1, E2, E4 and E6 only', () => {
      const rebuttals = templates.filter((t) => t.requires?.includes('smeProtection')).map((t) => t.scenario);
      expect(rebuttals).toEqual(['E1', 'E2', 'E4', 'E6']);
    });

    it('stands alone: a catalog of this bundle alone validates', () => {
      const catalog = createScriptCatalog({ locales: [bundle] });
      expect(catalog.defaultLocale).toBe(locale);
      expect(catalog.templates).toHaveLength(48);
    });

    it('renders every template with the shared sample values, in every format', () => {
      for (const template of templates) {
        for (const format of ['text', 'html', 'markdown'] as const) {
          const rendered = renderScript(template, declaredValues(template) as never, { format });
          expect(rendered.body.length, template.id).toBeGreaterThan(0);
        }
      }
    });
  },
);

describe('the two locales', () => {
  it('word every reason code in both languages', () => {
    const result = recommendTactics(
      {
        scenario: 'E1',
        power: 'willingButUnable',
        style: 'fox',
        cause: 'newChange',
        stage: 'lateOverdue',
        tier: 2,
        locale: 'zh-CN',
        localTime: '23:15',
        flags: {
          readyToEndRelationship: false,
          realDeadline: false,
          authorityToConcede: true,
          smeProtection: true,
        },
      },
      { catalog: defaultScriptCatalog },
    );
    const reasons = [
      ...result.ranked.flatMap((entry) => entry.reasons),
      ...result.excluded.flatMap((e) => e.reasons),
      ...result.advice,
    ];
    for (const reason of reasons) {
      expect(reason.text.en, reason.code).toMatch(/\S/);
      expect(reason.text['zh-CN'], reason.code).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(result.advice.map((reason) => reason.text.en)).toContain(
      'It is 23:15 for the customer: no calls, messages or visits between 22:00 and 08:00.',
    );
  });

  it('name tactics and scenarios in each language', () => {
    expect(findLocaleTexts(defaultScriptCatalog, 'zh-CN').tactics.T1.name).toBe('同理式');
    expect(findLocaleTexts(defaultScriptCatalog, 'en').tactics.T1.name).toBe('Principle');
    expect(findLocaleTexts(defaultScriptCatalog, 'zh-CN').scenarios.E10.name).toBe('责你不会');
  });

  it('show dates and amounts the way each language writes them', () => {
    const template = (lang: string) =>
      defaultScriptCatalog.templates.find((t) => t.id === 'letter.firstNotice' && t.locale === lang);
    const enText = renderScript(
      template('en') as ScriptTemplate,
      declaredValues(template('en') as ScriptTemplate) as never,
    ).body;
    const zhText = renderScript(
      template('zh-CN') as ScriptTemplate,
      declaredValues(template('zh-CN') as ScriptTemplate) as never,
    ).body;
    expect(enText).toContain('Amount: CN¥12,800.50\nDue date: March 31, 2026');
    expect(enText).toContain('Invoices: INV-1001 and INV-1002');
    expect(zhText).toContain('金额：¥12,800.50\n约定付款日：2026年3月31日');
    expect(zhText).toContain('发票号：INV-1001和INV-1002');
  });
});

describe('properties', () => {
  it('every template id exists in both locales with the same variables', () => {
    fc.assert(
      fc.property(fc.constantFrom(...en.templates), (english) => {
        const chinese = zhCN.templates.find((t) => t.id === english.id);
        expect(chinese?.variables).toEqual(english.variables);
      }),
    );
  });

  it('the two languages are written separately: no Chinese body repeats the English one', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zhCN.templates), (chinese) => {
        const english = en.templates.find((t) => t.id === chinese.id);
        expect(chinese.body).not.toBe(english?.body);
        expect(chinese.body).toMatch(/[\u4e00-\u9fff]/);
      }),
    );
  });
});
