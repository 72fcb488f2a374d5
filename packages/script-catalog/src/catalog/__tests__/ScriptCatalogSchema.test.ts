import { toValidationIssues } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type { ScriptCatalog, ScriptTemplate } from '../../index.ts';
import { parseScriptCatalog, ScriptCatalogSchema, scriptCatalogJsonSchema } from '../../index.ts';

type Writable<T> = T extends readonly (infer U)[]
  ? Writable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

/** The catalog as plain JSON, ready to be broken on purpose. */
function plainCatalog(): Writable<ScriptCatalog> {
  return JSON.parse(JSON.stringify(defaultScriptCatalog));
}

function issueCodes(input: unknown): string[] {
  const result = ScriptCatalogSchema.safeParse(input);
  return result.success ? [] : toValidationIssues(result.error.issues).map((issue) => issue.code);
}

/**
 * The variable names an ICU message uses, found with a plain scan rather than the ICU parser the
 * catalog validation uses, so the two can check each other: `{name}` and `{name, …}` open an argument;
 * plural branches (`one {# day}`) start with a keyword or `#`, never with an argument name and a brace.
 */
function scannedNames(message: string): Set<string> {
  return new Set(
    [...message.matchAll(/\{\s*([A-Za-z][A-Za-z0-9_]*)\s*[,}]/g)].map((match) => match[1] as string),
  );
}

function templateAt(catalog: Writable<ScriptCatalog>, id: string, locale = 'en'): Writable<ScriptTemplate> {
  const found = catalog.templates.find((t) => t.id === id && t.locale === locale);
  if (found === undefined) throw new Error(`no template ${id} in ${locale}`);
  return found;
}

describe('ScriptCatalogSchema', () => {
  it('accepts the shipped catalog', () => {
    expect(ScriptCatalogSchema.safeParse(plainCatalog()).success).toBe(true);
  });

  it('refuses a default locale without texts', () => {
    expect(issueCodes({ ...plainCatalog(), defaultLocale: 'fr' })).toContain('unknown_locale');
  });

  it('refuses a locale tag that is not canonical', () => {
    const catalog = plainCatalog();
    catalog.locales[1]!.locale = 'zh-cn';
    expect(issueCodes(catalog)).toContain('invalid_locale');
  });

  it('refuses a template declared twice in one locale', () => {
    const catalog = plainCatalog();
    catalog.templates.push(templateAt(catalog, 'plea.phone'));
    expect(issueCodes(catalog)).toContain('duplicate_id');
  });

  it('refuses a template that exists only outside the default locale', () => {
    const catalog = plainCatalog();
    catalog.templates.push({ ...templateAt(catalog, 'plea.phone', 'zh-CN'), id: 'extra.zhOnly' });
    expect(issueCodes(catalog)).toContain('missing_default_locale');
  });

  it('refuses locale versions of one template with different variables', () => {
    const catalog = plainCatalog();
    const chinese = templateAt(catalog, 'plea.phone', 'zh-CN');
    chinese.variables = { ...chinese.variables, customer: 'text' };
    chinese.body += '{customer}';
    expect(issueCodes(catalog)).toEqual(['locale_versions_differ']);
  });

  it('refuses declared variables no message uses, and used variables no one declared', () => {
    const catalog = plainCatalog();
    templateAt(catalog, 'plea.phone').variables.extra = 'text';
    templateAt(catalog, 'empathy.phone').body += ' {stranger}';
    const codes = issueCodes(catalog);
    expect(codes).toContain('unused_variable');
    expect(codes).toContain('undeclared_variable');
  });

  it('refuses a standard variable with another type, and names that reach object prototypes', () => {
    const catalog = plainCatalog();
    const template = templateAt(catalog, 'plea.phone');
    template.variables.amount = 'text';
    Object.assign(template.variables, { constructor: 'text' });
    template.body += ' {constructor}';
    const codes = issueCodes(catalog);
    expect(codes).toContain('standard_variable_type');
    expect(codes).toContain('invalid_variable_name');
  });

  it('refuses date and time arguments, which would format in the machine time zone', () => {
    const catalog = plainCatalog();
    const template = templateAt(catalog, 'seekAdvice.phone');
    template.body = template.body.replace('{dueDate}', '{dueDate, date, long}');
    expect(issueCodes(catalog)).toContain('message_not_allowed');
  });

  it('refuses a message that does not parse', () => {
    const catalog = plainCatalog();
    templateAt(catalog, 'plea.phone').body += ' {contact';
    expect(issueCodes(catalog)).toContain('invalid_message');
  });

  it('refuses formal wording below tier 3 or before due, and formal-only fears outside the formal tactic', () => {
    const catalog = plainCatalog();
    Object.assign(templateAt(catalog, 'formal.phone'), { minTier: 2, stages: ['beforeDue', 'lateOverdue'] });
    Object.assign(templateAt(catalog, 'empathy.phone'), { fears: ['F3'] });
    const codes = issueCodes(catalog);
    expect(codes).toContain('formal_below_tier');
    expect(codes).toContain('formal_before_due');
    expect(codes).toContain('fear_needs_formal');
  });

  it('refuses a template that breaks a lint rule at one of its stages', () => {
    const catalog = plainCatalog();
    templateAt(catalog, 'plea.phone', 'zh-CN').body += '不然晚上11点我再打给你。';
    templateAt(catalog, 'empathy.phone').body += ' I will call you at midnight.';
    expect(issueCodes(catalog).filter((code) => code === 'lint_error')).toHaveLength(2);
  });

  it('refuses legal-action wording outside the formal tactic, whatever the stage', () => {
    const catalog = plainCatalog();
    Object.assign(templateAt(catalog, 'precedent.phone'), { stages: ['lateOverdue'] });
    templateAt(catalog, 'precedent.phone').body += ' Otherwise we will see you in court.';
    expect(issueCodes(catalog)).toContain('lint_error');
  });

  it('refuses a kind without its field and a channel that does not suit the kind', () => {
    const catalog = plainCatalog();
    const answer = templateAt(catalog, 'financeAway.answer2');
    delete answer.scenario;
    const phone = templateAt(catalog, 'plea.phone');
    phone.channels = ['phone', 'letter'];
    const codes = issueCodes(catalog);
    expect(codes).toContain('missing_field');
    expect(codes).toContain('channel_not_for_kind');
  });

  it('refuses a reason message with a param its code does not have', () => {
    const catalog = plainCatalog();
    catalog.locales[0]!.reasons.askDeputyApprover = 'Ask {tactic}.';
    expect(issueCodes(catalog)).toContain('unknown_argument');
  });

  it('refuses a change to the fixed vocabulary or to the rules that protect debtors', () => {
    const catalog = plainCatalog();
    catalog.tactics.reverse();
    catalog.fears[0]!.formalOnly = false;
    catalog.channels[0]!.immediate = false;
    catalog.excuses.pop();
    const codes = issueCodes(catalog);
    expect(codes.filter((code) => code === 'fixed_vocabulary')).toHaveLength(2);
    expect(codes).toContain('fear_rule');
    expect(codes).toContain('quiet_hours_rule');
  });

  it('refuses lint patterns that could backtrack', () => {
    const catalog = plainCatalog();
    catalog.lintRules.push({
      id: 'slow',
      category: 'other',
      severity: 'warning',
      message: { en: 'Slow.' },
      match: { en: { patterns: ['(a+)+b'] } },
    });
    expect(issueCodes(catalog)).toContain('unsafe_pattern');
  });
});

describe('scriptCatalogJsonSchema', () => {
  it('describes a catalog file with its required fields', () => {
    expect(scriptCatalogJsonSchema.type).toBe('object');
    expect(scriptCatalogJsonSchema.required).toEqual([
      'version',
      'defaultLocale',
      'locales',
      'tactics',
      'scenarios',
      'excuses',
      'powerSituations',
      'styles',
      'causes',
      'fears',
      'stages',
      'channels',
      'fit',
      'templates',
      'lintRules',
    ]);
    expect(Object.isFrozen(scriptCatalogJsonSchema)).toBe(true);
  });
});

describe('properties', () => {
  it('every template declares exactly the variables its messages use', () => {
    fc.assert(
      fc.property(fc.constantFrom(...defaultScriptCatalog.templates), (template) => {
        const used = new Set([...scannedNames(template.body), ...scannedNames(template.subject ?? '')]);
        expect([...used].sort()).toEqual(Object.keys(template.variables).sort());
      }),
      { numRuns: defaultScriptCatalog.templates.length * 2 },
    );
  });

  it('validation finds an added declaration that no message uses, whatever its name and type', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...defaultScriptCatalog.templates.filter((t) => t.locale === 'en')),
        fc.stringMatching(/^x[A-Za-z0-9_]{0,10}$/),
        fc.constantFrom('text', 'amount', 'date', 'number', 'list'),
        (template, name, type) => {
          const catalog = plainCatalog();
          templateAt(catalog, template.id).variables[name] = type;
          const unused = toValidationIssues(
            ScriptCatalogSchema.safeParse(catalog).error?.issues ?? [],
          ).filter((issue) => issue.code === 'unused_variable');
          expect(unused.map((issue) => issue.pathText)).toContain(
            `templates[${catalog.templates.findIndex((t) => t.id === template.id && t.locale === 'en')}].variables.${name}`,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a catalog survives a JSON round trip unchanged', () => {
    const copy = parseScriptCatalog(JSON.parse(JSON.stringify(defaultScriptCatalog)));
    expect(copy).toEqual(defaultScriptCatalog);
  });
});
