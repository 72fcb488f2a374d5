import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type { LintRule, ScriptTemplate } from '../../index.ts';
import { extendCatalog, findTemplate, lintScript, renderScript } from '../../index.ts';

const thanks: ScriptTemplate = {
  id: 'acme.thanks',
  locale: 'en',
  kind: 'written',
  tactic: 'T2',
  channels: ['messaging'],
  stages: ['earlyOverdue'],
  variables: { contact: 'text' },
  body: 'Thanks for your help, {contact}!',
};

const codesOf = (action: () => unknown): string[] => {
  try {
    action();
  } catch (error) {
    return ((error as { details?: { issues?: { code: string }[] } }).details?.issues ?? []).map(
      (issue) => issue.code,
    );
  }
  return [];
};

describe('extendCatalog', () => {
  it('adds a template; other locales fall back to the default one', () => {
    const catalog = extendCatalog(defaultScriptCatalog, { templates: [thanks] });
    const found = findTemplate(catalog, 'acme.thanks', 'zh-CN');
    expect(found.locale).toBe('en');
    expect(renderScript(found, { contact: 'Mr Li' }).body).toBe('Thanks for your help, Mr Li!');
    expect(catalog.templates).toHaveLength(defaultScriptCatalog.templates.length + 1);
  });

  it('never changes the base catalog', () => {
    const before = JSON.stringify(defaultScriptCatalog);
    extendCatalog(defaultScriptCatalog, { templates: [thanks] });
    expect(JSON.stringify(defaultScriptCatalog)).toBe(before);
    expect(() => findTemplate(defaultScriptCatalog, 'acme.thanks')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TEMPLATE' }),
    );
  });

  it('refuses an id that clashes, unless it is listed for replacement', () => {
    const clash = {
      ...findTemplate(defaultScriptCatalog, 'plea.phone', 'en'),
      body: 'Could you help, {contact}? {sender}, {amount}, {invoiceNumbers}, {daysPastDue}.',
    };
    expect(codesOf(() => extendCatalog(defaultScriptCatalog, { templates: [clash] }))).toEqual(['id_clash']);
    const replaced = extendCatalog(
      defaultScriptCatalog,
      { templates: [clash] },
      { replace: { templates: ['plea.phone'] } },
    );
    expect(findTemplate(replaced, 'plea.phone', 'en').body).toBe(clash.body);
    expect(findTemplate(replaced, 'plea.phone', 'zh-CN').body).toBe(
      findTemplate(defaultScriptCatalog, 'plea.phone', 'zh-CN').body,
    );
  });

  it('refuses a replacement that replaces nothing, so a misspelt id is caught', () => {
    expect(
      codesOf(() =>
        extendCatalog(
          defaultScriptCatalog,
          { templates: [thanks] },
          { replace: { templates: ['pleaa.phone'] } },
        ),
      ),
    ).toEqual(['nothing_to_replace']);
  });

  it('refuses a template whose declared variables differ from those it uses', () => {
    const bad = { ...thanks, variables: { contact: 'text', sender: 'text' } } as const;
    expect(codesOf(() => extendCatalog(defaultScriptCatalog, { templates: [bad] }))).toEqual([
      'unused_variable',
    ]);
  });

  it('refuses a locale version that disagrees with the default one', () => {
    const chinese = {
      ...thanks,
      locale: 'zh-CN',
      stages: ['middleOverdue'],
      body: '谢谢您的帮助，{contact}！',
    } as const;
    expect(codesOf(() => extendCatalog(defaultScriptCatalog, { templates: [thanks, chinese] }))).toEqual([
      'locale_versions_differ',
    ]);
  });

  it('refuses a template in a locale the catalog has no texts for', () => {
    expect(
      codesOf(() =>
        extendCatalog(defaultScriptCatalog, { templates: [thanks, { ...thanks, locale: 'fr' }] }),
      ),
    ).toEqual(['unknown_locale']);
  });

  it('adds a locale with its texts, and its templates fall back where missing', () => {
    const english = defaultScriptCatalog.locales[0];
    if (english === undefined) throw new Error('no texts');
    const catalog = extendCatalog(defaultScriptCatalog, {
      locales: [{ ...english, locale: 'en-GB', name: 'British English' }],
      templates: [
        { ...thanks, id: 'acme.cheers', locale: 'en-GB', body: 'Cheers, {contact}!' },
        { ...thanks, id: 'acme.cheers' },
      ],
    });
    expect(findTemplate(catalog, 'acme.cheers', 'en-GB').body).toBe('Cheers, {contact}!');
    expect(findTemplate(catalog, 'plea.phone', 'en-GB').locale).toBe('en');
  });

  it('adds the integrator’s lint rules, which then guard every template', () => {
    const rule: LintRule = {
      id: 'acme.noSlang',
      category: 'other',
      severity: 'error',
      message: { en: 'No slang.' },
      match: { en: { keywords: ['gonna'] } },
    };
    const catalog = extendCatalog(defaultScriptCatalog, { lintRules: [rule] });
    expect(
      lintScript('We are gonna call.', { stage: 'earlyOverdue', locale: 'en', rules: catalog.lintRules }),
    ).toHaveLength(1);
    expect(
      codesOf(() =>
        extendCatalog(catalog, { templates: [{ ...thanks, body: 'Gonna thank you, {contact}!' }] }),
      ),
    ).toEqual(['lint_error']);
  });

  it('reports malformed additions and options with their paths', () => {
    expect(
      codesOf(() =>
        extendCatalog(defaultScriptCatalog, { templates: [{ ...thanks, kind: 'fax' }] } as never),
      ),
    ).toEqual(['invalid_value']);
    expect(
      codesOf(() => extendCatalog(defaultScriptCatalog, {}, { replace: { rules: [] } } as never)),
    ).toEqual(['unrecognized_keys']);
  });
});

describe('properties', () => {
  const names = ['customer', 'contact', 'sender', 'company'] as const;

  it('a valid new template is always added, once, and the base keeps its templates', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^acme\.[a-z]{1,12}$/),
        fc.subarray([...names], { minLength: 1 }),
        fc.constantFrom('phone', 'written'),
        (id, used, kind) => {
          const template: ScriptTemplate = {
            id,
            locale: 'en',
            kind,
            tactic: 'T6',
            channels: [kind === 'phone' ? 'phone' : 'email'],
            stages: ['earlyOverdue'],
            variables: Object.fromEntries(used.map((name) => [name, 'text'])),
            body: `Hello ${used.map((name) => `{${name}}`).join(', ')}.`,
          };
          const catalog = extendCatalog(defaultScriptCatalog, { templates: [template] });
          expect(catalog.templates.filter((t) => t.id === id)).toEqual([template]);
          expect(catalog.templates).toHaveLength(defaultScriptCatalog.templates.length + 1);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('adding the same id twice always clashes', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^acme\.[a-z]{1,12}$/), (id) => {
        const once = extendCatalog(defaultScriptCatalog, { templates: [{ ...thanks, id }] });
        expect(codesOf(() => extendCatalog(once, { templates: [{ ...thanks, id }] }))).toEqual(['id_clash']);
      }),
      { numRuns: 10 },
    );
  });
});
