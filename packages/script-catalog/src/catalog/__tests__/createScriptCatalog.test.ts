import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScriptLocaleBundle } from '../../index.ts';
import { createScriptCatalog, defaultFitTables, defaultLintRules } from '../../index.ts';
import { en } from '../../locales/en.ts';
import { zhCN } from '../../locales/zh-CN.ts';

describe('createScriptCatalog', () => {
  it('assembles the bundles with the shared data, the first bundle as default', () => {
    const catalog = createScriptCatalog({ locales: [zhCN, en] });
    expect(catalog.defaultLocale).toBe('zh-CN');
    expect(catalog.locales.map((texts) => texts.locale)).toEqual(['zh-CN', 'en']);
    expect(catalog.templates).toHaveLength(96);
    expect(catalog.tactics.map((tactic) => tactic.slug)).toEqual([
      'principle',
      'empathy',
      'winWin',
      'plea',
      'deadline',
      'seekAdvice',
      'concession',
      'precedent',
      'vision',
      'formal',
    ]);
    expect(catalog.fit).toEqual(defaultFitTables);
    expect(catalog.lintRules).toEqual(defaultLintRules);
  });

  it('takes an explicit default locale and the integrator’s fit tables', () => {
    const fit = { ...defaultFitTables, weights: { ...defaultFitTables.weights, stage: 0 } };
    const catalog = createScriptCatalog({ locales: [en, zhCN], defaultLocale: 'zh-CN', fit });
    expect(catalog.defaultLocale).toBe('zh-CN');
    expect(catalog.fit.weights.stage).toBe(0);
  });

  it('returns a frozen catalog', () => {
    const catalog = createScriptCatalog({ locales: [en] });
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.templates[0])).toBe(true);
    expect(Object.isFrozen(catalog.fit.scenario.E5)).toBe(true);
  });

  it('refuses anything but a non-empty list of bundles', () => {
    for (const locales of [undefined, [], [null], [{ texts: en.texts }], 'en']) {
      expect(() => createScriptCatalog({ locales } as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });

  it('refuses a default locale no bundle provides', () => {
    expect(() => createScriptCatalog({ locales: [en], defaultLocale: 'zh-CN' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CATALOG' }),
    );
  });

  it('refuses a bundle whose templates are broken, naming every problem', () => {
    const broken: ScriptLocaleBundle = {
      texts: en.texts,
      templates: en.templates.map((template) =>
        template.id === 'plea.phone' ? { ...template, body: `${template.body} {nobody}` } : template,
      ),
    };
    let caught: unknown;
    try {
      createScriptCatalog({ locales: [broken] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'INVALID_CATALOG' });
    expect(
      (caught as { details: { issues: { code: string }[] } }).details.issues.map((issue) => issue.code),
    ).toEqual(['undeclared_variable']);
    expect((caught as Error).message).toMatch(
      /^createScriptCatalog: 1 problem\n {2}templates\[\d+\]\.variables: /,
    );
  });
});

describe('properties', () => {
  it('any order of the bundles gives the same templates, defaulting to the first', () => {
    fc.assert(
      fc.property(fc.boolean(), (chineseFirst) => {
        const locales = chineseFirst ? [zhCN, en] : [en, zhCN];
        const catalog = createScriptCatalog({ locales });
        expect(catalog.defaultLocale).toBe(locales[0]?.texts.locale);
        expect(new Set(catalog.templates.map((t) => `${t.id}@${t.locale}`)).size).toBe(96);
      }),
      { numRuns: 4 },
    );
  });

  it('a single-language catalog holds that language only', () => {
    fc.assert(
      fc.property(fc.constantFrom(en, zhCN), (bundle) => {
        const catalog = createScriptCatalog({ locales: [bundle] });
        expect(new Set(catalog.templates.map((t) => t.locale))).toEqual(new Set([bundle.texts.locale]));
      }),
      { numRuns: 4 },
    );
  });
});
