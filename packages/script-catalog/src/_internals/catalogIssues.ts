import type { ValidationIssue } from '@receivables/core';
import type { ScriptCatalog } from '../catalog/ScriptCatalog.ts';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import { analyzeIcuMessage, compileIcuMessage } from './icuMessage.ts';
import { compileLintRules, findLintMatches, ruleAppliesAt } from './lintEngine.ts';
import { neutralCatalogData } from './neutralCatalogData.ts';
import { REASON_PARAMS } from './reasonParams.ts';
import { templateIssues } from './templateIssues.ts';
import { validationIssue } from './validationIssue.ts';
import { COMMON_EXCUSE_IDS } from './vocabulary.ts';

type Path = readonly (string | number)[];

/** Fears the spec reserves for the formal tactic (4.6); a catalog may reserve more, never fewer. */
const FORMAL_ONLY_FEARS: ReadonlySet<string> = new Set(['F1', 'F2', 'F3', 'F4', 'F9']);
const IMMEDIATE_CHANNELS: ReadonlySet<string> = new Set(['phone', 'messaging', 'visit']);

/**
 * Every rule across the fields of a catalog whose shape is valid: locales, the fixed vocabulary,
 * templates (each on its own, unique per id and locale, present in the default locale, the same
 * metadata in every locale, lint-clean at each of its stages) and the reason messages.
 *
 * @internal
 */
export function catalogIssues(catalog: ScriptCatalog): ValidationIssue[] {
  return [
    ...localeIssues(catalog),
    ...vocabularyIssues(catalog),
    ...reasonIssues(catalog),
    ...templateSetIssues(catalog),
    ...templateLintIssues(catalog),
  ];
}

function localeIssues(catalog: ScriptCatalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  catalog.locales.forEach((texts, index) => {
    if (seen.has(texts.locale)) {
      issues.push(
        validationIssue(['locales', index, 'locale'], 'duplicate_locale', `${texts.locale} has texts twice`),
      );
    }
    seen.add(texts.locale);
  });
  if (!seen.has(catalog.defaultLocale)) {
    issues.push(
      validationIssue(
        ['defaultLocale'],
        'unknown_locale',
        `the default locale ${catalog.defaultLocale} has no texts (the catalog has ${[...seen].join(', ')})`,
      ),
    );
  }
  return issues;
}

function vocabularyIssues(catalog: ScriptCatalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const expectIds = (field: keyof typeof neutralCatalogData & keyof ScriptCatalog): void => {
    const expected = (neutralCatalogData[field] as readonly { id: string }[]).map((entry) => entry.id);
    const actual = (catalog[field] as readonly { id: string }[]).map((entry) => entry.id);
    if (expected.join() !== actual.join()) {
      issues.push(
        validationIssue(
          [field],
          'fixed_vocabulary',
          `must list ${expected.join(', ')} in this order, not ${actual.join(', ')}`,
        ),
      );
    }
  };
  for (const field of [
    'tactics',
    'scenarios',
    'powerSituations',
    'styles',
    'causes',
    'fears',
    'stages',
    'channels',
  ] as const) {
    expectIds(field);
  }
  catalog.causes.forEach((cause, index) => {
    const expected = neutralCatalogData.causes.find((entry) => entry.id === cause.id)?.subtypes ?? [];
    if (expected.join() !== cause.subtypes.join()) {
      issues.push(
        validationIssue(['causes', index, 'subtypes'], 'fixed_vocabulary', `must be ${expected.join(', ')}`),
      );
    }
  });
  catalog.fears.forEach((fear, index) => {
    if (FORMAL_ONLY_FEARS.has(fear.id) && !fear.formalOnly) {
      issues.push(
        validationIssue(
          ['fears', index, 'formalOnly'],
          'fear_rule',
          `${fear.id} may only be raised by the formal tactic`,
        ),
      );
    }
  });
  catalog.channels.forEach((channel, index) => {
    if (IMMEDIATE_CHANNELS.has(channel.id) && !channel.immediate) {
      issues.push(
        validationIssue(
          ['channels', index, 'immediate'],
          'quiet_hours_rule',
          `${channel.id} always reaches a person at once`,
        ),
      );
    }
  });
  const excuseIds = catalog.excuses.map((excuse) => excuse.id);
  if ([...excuseIds].sort().join() !== [...COMMON_EXCUSE_IDS].sort().join()) {
    issues.push(
      validationIssue(
        ['excuses'],
        'fixed_vocabulary',
        `must list each of ${COMMON_EXCUSE_IDS.join(', ')} once`,
      ),
    );
  }
  return issues;
}

function reasonIssues(catalog: ScriptCatalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  catalog.locales.forEach((texts, index) => {
    for (const [code, message] of Object.entries(texts.reasons) as [keyof typeof REASON_PARAMS, string][]) {
      const path = ['locales', index, 'reasons', code];
      const allowed = REASON_PARAMS[code];
      try {
        const analysis = analyzeIcuMessage(compileIcuMessage(message, texts.locale));
        for (const problem of analysis.problems)
          issues.push(validationIssue(path, 'message_not_allowed', problem));
        for (const name of analysis.usages.keys()) {
          if (!allowed.includes(name)) {
            const known = allowed.length === 0 ? 'none' : allowed.map((param) => `{${param}}`).join(', ');
            issues.push(
              validationIssue(
                path,
                'unknown_argument',
                `{${name}} is not a param of ${code} (it has ${known})`,
              ),
            );
          }
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        issues.push(validationIssue(path, 'invalid_message', `is not a valid ICU message: ${reason}`));
      }
    }
  });
  return issues;
}

function templateSetIssues(catalog: ScriptCatalog): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const locales = new Set(catalog.locales.map((texts) => texts.locale));
  const keys = new Set<string>();
  const signatures = new Map<string, { signature: string; index: number }>();
  const inDefault = new Set<string>();
  catalog.templates.forEach((template, index) => {
    const path: Path = ['templates', index];
    issues.push(...templateIssues(template, path));
    if (!locales.has(template.locale)) {
      issues.push(
        validationIssue(
          [...path, 'locale'],
          'unknown_locale',
          `the catalog has no texts for ${template.locale}`,
        ),
      );
    }
    const key = `${template.id}\u0000${template.locale}`;
    if (keys.has(key)) {
      issues.push(
        validationIssue([...path, 'id'], 'duplicate_id', `${template.id} exists twice in ${template.locale}`),
      );
    }
    keys.add(key);
    if (template.locale === catalog.defaultLocale) inDefault.add(template.id);
    const signature = templateSignature(template);
    const first = signatures.get(template.id);
    if (first === undefined) signatures.set(template.id, { signature, index });
    else if (first.signature !== signature) {
      issues.push(
        validationIssue(
          path,
          'locale_versions_differ',
          `${template.id} in ${template.locale} differs from templates[${first.index}] in kind, tactic, scenario, letter, channels, stages, tier, fears, requirements or variables`,
        ),
      );
    }
  });
  catalog.templates.forEach((template, index) => {
    if (!inDefault.has(template.id)) {
      issues.push(
        validationIssue(
          ['templates', index, 'id'],
          'missing_default_locale',
          `${template.id} has no version in the default locale ${catalog.defaultLocale}, so other locales cannot fall back`,
        ),
      );
      inDefault.add(template.id);
    }
  });
  return issues;
}

function templateLintIssues(catalog: ScriptCatalog): ValidationIssue[] {
  const rules = compileLintRules(catalog.lintRules);
  const issues: ValidationIssue[] = [];
  catalog.templates.forEach((template, index) => {
    const matches = findLintMatches(rules, `${template.subject ?? ''}\n${template.body}`);
    for (const match of matches) {
      const legalWording = match.rule.rule.category === 'legalAction' && template.tactic !== 'T10';
      const stages = template.stages.filter((stage) => ruleAppliesAt(match.rule, stage));
      if (legalWording || (match.rule.rule.severity === 'error' && stages.length > 0)) {
        const where = legalWording ? 'outside the formal tactic' : `at ${stages.join(', ')}`;
        issues.push(
          validationIssue(
            ['templates', index, 'body'],
            'lint_error',
            `${JSON.stringify(match.excerpt)} breaks the lint rule ${match.rule.rule.id} ${where}`,
          ),
        );
      }
    }
  });
  return issues;
}

function templateSignature(template: ScriptTemplate): string {
  const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();
  return JSON.stringify([
    template.kind,
    template.tactic ?? null,
    template.scenario ?? null,
    template.letter ?? null,
    sorted(template.channels),
    sorted(template.stages),
    template.minTier ?? 0,
    sorted(template.fears),
    sorted(template.requires),
    Object.entries(template.variables).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  ]);
}
