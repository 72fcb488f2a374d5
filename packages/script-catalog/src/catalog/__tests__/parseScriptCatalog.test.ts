import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import { findTemplate, parseScriptCatalog, recommendTactics } from '../../index.ts';

const json = (): Record<string, unknown> => JSON.parse(JSON.stringify(defaultScriptCatalog));

describe('parseScriptCatalog', () => {
  it('reads a catalog from JSON and returns it frozen', () => {
    const catalog = parseScriptCatalog(json());
    expect(catalog).toEqual(defaultScriptCatalog);
    expect(Object.isFrozen(catalog.locales[0]?.reasons)).toBe(true);
  });

  it('lists every problem at once, with paths', () => {
    const input = { ...json(), version: ' ', defaultLocale: 'fr', surprise: true };
    let caught: unknown;
    try {
      parseScriptCatalog(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'INVALID_CATALOG' });
    const paths = (caught as { details: { issues: { pathText: string }[] } }).details.issues.map(
      (issue) => issue.pathText,
    );
    expect(paths).toContain('version');
    expect(paths).toContain('');
  });

  it('refuses what is not a catalog', () => {
    for (const input of [null, 42, 'catalog', [], {}]) {
      expect(() => parseScriptCatalog(input)).toThrow(expect.objectContaining({ code: 'INVALID_CATALOG' }));
    }
  });

  it('gives a catalog the recommender trusts without checking it again', () => {
    const catalog = parseScriptCatalog(json());
    const situation = {
      stage: 'earlyOverdue',
      tier: 1,
      locale: 'en',
      flags: { readyToEndRelationship: false, realDeadline: false, authorityToConcede: false },
    } as const;
    expect(recommendTactics(situation, { catalog })).toEqual(
      recommendTactics(situation, { catalog: defaultScriptCatalog }),
    );
  });

  it('checks a catalog assembled by hand before the recommender uses it', () => {
    const handMade = { ...json(), defaultLocale: 'de' } as never;
    expect(() =>
      recommendTactics(
        {
          stage: 'beforeDue',
          tier: 0,
          locale: 'en',
          flags: { readyToEndRelationship: false, realDeadline: false, authorityToConcede: false },
        },
        { catalog: handMade },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_CATALOG' }));
  });
});

describe('properties', () => {
  it('a locale may lack any of its templates: the default locale stands in for them', () => {
    const chinese = defaultScriptCatalog.templates.filter((t) => t.locale === 'zh-CN');
    fc.assert(
      fc.property(fc.subarray(chinese, { minLength: 1, maxLength: 5 }), (removed) => {
        const gone = new Set(removed.map((t) => t.id));
        const input = json() as { templates: { id: string; locale: string }[] };
        input.templates = input.templates.filter((t) => !(t.locale === 'zh-CN' && gone.has(t.id)));
        const catalog = parseScriptCatalog(input);
        for (const id of gone) expect(findTemplate(catalog, id, 'zh-CN').locale).toBe('en');
      }),
      { numRuns: 10 },
    );
  });

  it('removing any one template version of the default locale is always caught', () => {
    const english = defaultScriptCatalog.templates.filter((t) => t.locale === 'en');
    fc.assert(
      fc.property(fc.constantFrom(...english), (removed) => {
        const input = json() as { templates: { id: string; locale: string }[] };
        input.templates = input.templates.filter((t) => !(t.id === removed.id && t.locale === 'en'));
        expect(() => parseScriptCatalog(input)).toThrow(expect.objectContaining({ code: 'INVALID_CATALOG' }));
      }),
      { numRuns: 10 },
    );
  });
});
