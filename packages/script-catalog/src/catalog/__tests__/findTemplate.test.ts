import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import { createScriptCatalog, findLocaleTexts, findTemplate } from '../../index.ts';
import { zhCN } from '../../locales/zh-CN.ts';

describe('findTemplate', () => {
  it('finds the exact locale, then the same language, then the default', () => {
    expect(findTemplate(defaultScriptCatalog, 'formal.written', 'zh-CN').locale).toBe('zh-CN');
    expect(findTemplate(defaultScriptCatalog, 'formal.written', 'zh').locale).toBe('zh-CN');
    expect(findTemplate(defaultScriptCatalog, 'formal.written', 'en-AU').locale).toBe('en');
    expect(findTemplate(defaultScriptCatalog, 'formal.written', 'ja-JP').locale).toBe('en');
    expect(findTemplate(defaultScriptCatalog, 'formal.written').locale).toBe('en');
  });

  it('falls back to a Chinese default in a Chinese-only catalog', () => {
    expect(findTemplate(createScriptCatalog({ locales: [zhCN] }), 'plea.phone', 'en').locale).toBe('zh-CN');
  });

  it('refuses an unknown id and a malformed locale', () => {
    expect(() => findTemplate(defaultScriptCatalog, 'nope.phone', 'en')).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_TEMPLATE' }),
    );
    expect(() => findTemplate(defaultScriptCatalog, 'plea.phone', 'not a tag')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('findLocaleTexts', () => {
  it('finds texts by locale, language or default', () => {
    expect(findLocaleTexts(defaultScriptCatalog, 'zh-Hans-CN').name).toBe('简体中文');
    expect(findLocaleTexts(defaultScriptCatalog, 'de').name).toBe('English');
  });
});

describe('properties', () => {
  it('always returns a version of the requested id, in a locale the catalog has', () => {
    const ids = [...new Set(defaultScriptCatalog.templates.map((t) => t.id))];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom('en', 'zh-CN', 'zh', 'en-US', 'fr', 'ja', 'zh-TW'),
        (id, locale) => {
          const template = findTemplate(defaultScriptCatalog, id, locale);
          expect(template.id).toBe(id);
          expect(['en', 'zh-CN']).toContain(template.locale);
          expect(template.locale).toBe(locale.startsWith('zh') ? 'zh-CN' : 'en');
        },
      ),
    );
  });
});
