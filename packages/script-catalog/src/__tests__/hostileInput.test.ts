import type { ReceivablesErrorCode } from '@receivables/core';
import {
  checkHostileCall,
  checkLinearTime,
  hostileAmountArbitrary,
  hostileDateArbitrary,
  hostileJsonArbitrary,
  hostileNumberArbitrary,
  hostileStringArbitrary,
  nearValidArbitrary,
  prototypeKeyObjectArbitrary,
} from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../default.ts';
import {
  defaultLintRules,
  extendCatalog,
  findTemplate,
  type LintRule,
  lintScript,
  parseScriptCatalog,
  pickVariables,
  recommendScripts,
  recommendTactics,
  renderScript,
  type ScriptTemplate,
} from '../index.ts';

/** A value as a JSON file would hold it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

const json = hostileJsonArbitrary();
const formats = fc.constantFrom('text', 'html', 'markdown');

function expectContained(call: () => unknown, codes: readonly ReceivablesErrorCode[]): void {
  const outcome = checkHostileCall(call);
  if (outcome.kind === 'rejected') expect(codes).toContain(outcome.error.code);
}

const template = findTemplate(defaultScriptCatalog, 'financeAway.answer2', 'en');
const variables = {
  contact: 'Ms Wang',
  amount: { amount: '12800.00', currency: 'CNY' },
  invoiceNumbers: ['INV-1001', 'INV-1002'],
};

/** A template of every variable type, added by an integrator. */
const everyType: ScriptTemplate = {
  id: 'acme.everyType',
  locale: 'en',
  kind: 'written',
  tactic: 'T2',
  channels: ['messaging'],
  stages: ['earlyOverdue'],
  variables: {
    contact: 'text',
    amount: 'amount',
    dueDate: 'date',
    daysPastDue: 'number',
    invoiceNumbers: 'list',
  },
  body: '{contact}: {amount} was due on {dueDate}, {daysPastDue, plural, one {# day} other {# days}} ago (ref. {invoiceNumbers}).',
};
const everyTypeValues = {
  contact: 'Ms Wang',
  amount: { amount: '12800.00', currency: 'CNY' },
  dueDate: '2026-03-31',
  daysPastDue: 12,
  invoiceNumbers: ['INV-1001'],
};

const situation = {
  scenario: 'E5',
  power: 'customerStronger',
  stage: 'earlyOverdue',
  channel: 'phone',
  tier: 1,
  locale: 'en',
  flags: { readyToEndRelationship: false, realDeadline: true, authorityToConcede: false },
};

/** The tags a rendered HTML fragment may hold: its own paragraphs and line breaks, nothing from a value. */
const OWN_TAGS = /<\/?p>|<br>/g;

const RENDER_CODES: readonly ReceivablesErrorCode[] = [
  'INVALID_VARIABLE',
  'INVALID_CATALOG',
  'UNSUPPORTED_LOCALE',
  'INVALID_ARGUMENT',
];

/** Lint patterns built from the pieces that make backtracking slow: overlapping alternatives and repeats. */
const lintPatterns = fc
  .array(
    fc.tuple(
      fc.constantFrom('a', '[a-z]', '\\w', '.', '(?:a|a)', '(?:a|ab)', '(?:ab|a|b)', '\\d'),
      fc.constantFrom('', '', '?', '{2}', '{1,5}', '{0,20}', '{1,20}'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.map(([atom, repeat]) => `${atom}${repeat}`).join(''));

describe('inputs that once broke rendering and lint', () => {
  it('refuses a lint pattern of overlapping alternatives that took minutes on 2,000 characters', () => {
    const rules: LintRule[] = [
      {
        id: 'slow',
        category: 'other',
        severity: 'warning',
        message: { en: 'Slow.' },
        match: { en: { patterns: ['(?:a|a){20}b'] } },
      },
    ];
    expect(() => lintScript('a'.repeat(2000), { stage: 'earlyOverdue', locale: 'en', rules })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('ways of matching'),
      }),
    );
  });

  it('refuses a 20,000-character lint pattern that overflowed the engine while being checked', () => {
    const rules: LintRule[] = [
      {
        id: 'long',
        category: 'other',
        severity: 'warning',
        message: { en: 'Long.' },
        match: { en: { patterns: ['(a)'.repeat(6667)] } },
      },
    ];
    expect(() => lintScript('a', { stage: 'earlyOverdue', locale: 'en', rules })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('longer than 500'),
      }),
    );
  });

  it('renders with options of null as with no options', () => {
    expect(renderScript(template, variables, null as never)).toEqual(renderScript(template, variables));
  });

  it('picks nothing from values that are not an object', () => {
    expect(pickVariables(template, null as never)).toEqual({});
  });

  it('refuses quiet hours whose times are objects with INVALID_ARGUMENT', () => {
    const quietHours = JSON.parse('{"from":{"toString":"x"},"to":"08:00"}') as never;
    expect(() => recommendTactics(situation as never, { quietHours })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('refuses an amount beyond what the platform formats instead of writing "∞"', () => {
    const outcome = checkHostileCall(() =>
      renderScript(everyType, { ...everyTypeValues, amount: { amount: '1e999', currency: 'JPY' } }),
    );
    expect(outcome.kind === 'rejected' && outcome.error.code).toBe('INVALID_VARIABLE');
  });
});

describe('properties', () => {
  it('parseScriptCatalog refuses arbitrary and near-valid catalogs only with INVALID_CATALOG', () => {
    const catalogs = fc.oneof(
      json,
      nearValidArbitrary(fc.constant(plain(defaultScriptCatalog))).map(({ value }) => value),
    );
    fc.assert(
      fc.property(catalogs, (raw) => expectContained(() => parseScriptCatalog(raw), ['INVALID_CATALOG'])),
      { numRuns: 40 },
    );
  });

  it('extendCatalog refuses arbitrary and near-valid additions only with INVALID_CATALOG', () => {
    const added = { ...plain(everyType), id: 'acme.added' };
    const additions = fc.oneof(
      json,
      nearValidArbitrary(
        fc.constantFrom(
          { templates: [added] },
          { lintRules: [plain(defaultLintRules[0])].map((rule) => ({ ...rule, id: 'acme.rule' })) },
          { defaultLocale: 'zh-CN' },
        ),
      ).map(({ value }) => value),
    );
    fc.assert(
      fc.property(additions, fc.oneof(fc.constant({}), json), (raw, options) =>
        expectContained(
          () => extendCatalog(defaultScriptCatalog, raw as never, options as never),
          ['INVALID_CATALOG'],
        ),
      ),
      { numRuns: 60 },
    );
  });

  it('renderScript refuses hostile variables, templates and options with a coded error', () => {
    const values = nearValidArbitrary(fc.constant(everyTypeValues), {
      values: fc.oneof(json, hostileAmountArbitrary(), hostileDateArbitrary(), hostileNumberArbitrary()),
    });
    const templates = fc.oneof(
      { arbitrary: fc.constant(everyType), weight: 3 },
      nearValidArbitrary(fc.constant(plain(everyType))).map(({ value }) => value as ScriptTemplate),
    );
    const options = fc.oneof(
      { arbitrary: formats.map((format) => ({ format })), weight: 3 },
      hostileStringArbitrary({ maxLength: 40 }).map((locale) => ({ locale })),
      json,
    );
    fc.assert(
      fc.property(templates, values, options, (shape, { value }, option) =>
        expectContained(() => renderScript(shape, value as never, option as never), RENDER_CODES),
      ),
    );
  });

  it('renderScript lets no hostile text open a tag in HTML or a construct in Markdown', () => {
    fc.assert(
      fc.property(hostileStringArbitrary(), formats, (text, format) => {
        const outcome = checkHostileCall(() =>
          renderScript(template, { ...variables, contact: text }, { format }),
        );
        if (outcome.kind === 'rejected') {
          expect(outcome.error.code).toBe('INVALID_VARIABLE');
          return;
        }
        const { body } = outcome.value;
        if (format === 'html') expect(body.replace(OWN_TAGS, '')).not.toMatch(/[<>]/);
        if (format === 'markdown') expect(body).not.toMatch(/(^|[^\\])[<>[\]*_`]/);
        if (format === 'text') expect(body).toContain(text);
      }),
    );
  });

  it('pickVariables keeps only declared names, never a prototype key, whatever the values', () => {
    const values = fc.oneof(json, prototypeKeyObjectArbitrary({ contact: 'Ms Wang' }));
    fc.assert(
      fc.property(values, (raw) => {
        const outcome = checkHostileCall(() => pickVariables(template, raw as never));
        if (outcome.kind === 'returned') {
          for (const name of Object.keys(outcome.value))
            expect(Object.hasOwn(template.variables, name)).toBe(true);
          expect(Object.getPrototypeOf(outcome.value)).toBe(Object.prototype);
        }
      }),
    );
  });

  it('lintScript refuses hostile text, options and rules only with INVALID_ARGUMENT', () => {
    const rules = fc.oneof(
      fc.constant(undefined),
      json,
      nearValidArbitrary(fc.constant(plain(defaultLintRules))).map(({ value }) => value),
    );
    const stages = fc.oneof(fc.constantFrom('earlyOverdue', 'legal'), json);
    const locales = fc.oneof(fc.constantFrom('en', 'zh-CN'), hostileStringArbitrary({ maxLength: 30 }));
    fc.assert(
      fc.property(hostileStringArbitrary(), stages, locales, rules, (text, stage, locale, rule) =>
        expectContained(
          () => lintScript(text, { stage, locale, ...(rule === undefined ? {} : { rules: rule }) } as never),
          ['INVALID_ARGUMENT'],
        ),
      ),
    );
  });

  it('lintScript either refuses a pattern or runs it in linear time on long adversarial text', () => {
    fc.assert(
      fc.property(lintPatterns, (pattern) => {
        const rules: LintRule[] = [
          {
            id: 'p',
            category: 'other',
            severity: 'warning',
            message: { en: 'p' },
            match: { en: { patterns: [pattern] } },
          },
        ];
        const options = { stage: 'earlyOverdue', locale: 'en', rules } as const;
        if (checkHostileCall(() => lintScript('a', options)).kind === 'rejected') return;
        checkLinearTime((text) => lintScript(text, options), { length: 20_000 });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('recommendTactics and recommendScripts refuse hostile situations and options only with INVALID_ARGUMENT', () => {
    const situations = fc.oneof(
      json,
      nearValidArbitrary(fc.constant(situation)).map(({ value }) => value),
    );
    const options = fc.oneof(
      fc.constant({}),
      json,
      fc.record({ quietHours: json }),
      fc.record({ maxDeadlineDays: hostileNumberArbitrary() }),
    );
    fc.assert(
      fc.property(situations, options, (raw, option) => {
        const asObject = typeof option === 'object' && option !== null ? option : {};
        expectContained(() => recommendTactics(raw as never, asObject as never), ['INVALID_ARGUMENT']);
        expectContained(
          () =>
            recommendScripts(raw as never, { ...asObject, catalog: defaultScriptCatalog, limit: 3 } as never),
          ['INVALID_ARGUMENT'],
        );
      }),
    );
  });

  it('takes linear time on long adversarial text in variables, lint text, template ids and situations', () => {
    for (const format of ['text', 'html', 'markdown'] as const) {
      checkLinearTime((text) => renderScript(template, { ...variables, contact: text }, { format }));
    }
    checkLinearTime((text) => lintScript(text, { stage: 'middleOverdue', locale: 'zh-CN' }));
    checkLinearTime((text) =>
      extendCatalog(defaultScriptCatalog, {
        templates: [{ ...everyType, id: text, variables: { [text]: 'text' }, body: `{${text}}` }],
      }),
    );
    checkLinearTime((text) => recommendTactics({ ...situation, localTime: text } as never));
    checkLinearTime((text) => renderScript(template, variables, { locale: text }));
    checkLinearTime((text) =>
      lintScript('a', {
        stage: 'earlyOverdue',
        locale: 'en',
        rules: [
          {
            id: 'p',
            category: 'other',
            severity: 'warning',
            message: { en: 'p' },
            match: { en: { patterns: [text] } },
          },
        ],
      }),
    );
  }, 120_000);
});
