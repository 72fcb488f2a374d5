import type { ValidationIssue } from '@receivables/core';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { TemplateKind } from '../vocabulary/TemplateKind.ts';
import { analyzeIcuMessage, compileIcuMessage, type IcuUsage, unfitUsage } from './icuMessage.ts';
import { RESERVED_VARIABLE_NAMES, STANDARD_VARIABLES, VARIABLE_NAME_PATTERN } from './standardVariables.ts';
import { validationIssue } from './validationIssue.ts';

type Path = readonly (string | number)[];

/** The channels each kind of template is written for. */
const CHANNELS_BY_KIND: Readonly<Record<TemplateKind, ReadonlySet<ContactChannel>>> = {
  phone: new Set(['phone', 'visit']),
  written: new Set(['messaging', 'email', 'letter']),
  excuseAnswer: new Set(['phone', 'messaging', 'email', 'letter', 'visit']),
  demandLetter: new Set(['letter', 'email', 'lawyerLetter']),
};

/** The formal tactic's floor (spec 4.1, 4.6): formal wording and the formal-only fears need tier 3. */
const FORMAL_MIN_TIER = 3;
const FORMAL_ONLY_FEARS: ReadonlySet<string> = new Set(['F1', 'F2', 'F3', 'F4', 'F9']);

/**
 * Everything wrong with one template on its own (its shape already checked): the fields its kind
 * needs, channels that do not suit its kind, formal wording or fears below the formal tactic's floor,
 * variable names and types, and its ICU messages (they must parse, use no dates, times or tags, and use
 * exactly the declared variables, each in a way its type allows).
 *
 * @internal
 */
export function templateIssues(template: ScriptTemplate, path: Path): ValidationIssue[] {
  return [
    ...kindIssues(template, path),
    ...formalIssues(template, path),
    ...declarationIssues(template, path),
    ...messageIssues(template, path),
  ];
}

function kindIssues(template: ScriptTemplate, path: Path): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const needs = {
    phone: 'tactic',
    written: 'tactic',
    excuseAnswer: 'scenario',
    demandLetter: 'letter',
  } as const;
  const field = needs[template.kind];
  if (template[field] === undefined) {
    issues.push(
      validationIssue([...path, field], 'missing_field', `a ${template.kind} template needs a ${field}`),
    );
  }
  const allowed = CHANNELS_BY_KIND[template.kind];
  template.channels.forEach((channel, index) => {
    if (!allowed.has(channel)) {
      issues.push(
        validationIssue(
          [...path, 'channels', index],
          'channel_not_for_kind',
          `a ${template.kind} template cannot be sent by ${channel}`,
        ),
      );
    }
  });
  return issues;
}

function formalIssues(template: ScriptTemplate, path: Path): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const minTier = template.minTier ?? 0;
  if (template.tactic === 'T10' && minTier < FORMAL_MIN_TIER) {
    issues.push(
      validationIssue(
        [...path, 'minTier'],
        'formal_below_tier',
        `a formal (T10) template needs minTier ${FORMAL_MIN_TIER} or more, not ${minTier}`,
      ),
    );
  }
  if (template.tactic === 'T10' && template.stages.includes('beforeDue')) {
    issues.push(
      validationIssue(
        [...path, 'stages'],
        'formal_before_due',
        'a formal (T10) template cannot be used before due',
      ),
    );
  }
  (template.fears ?? []).forEach((fear, index) => {
    if (FORMAL_ONLY_FEARS.has(fear) && (template.tactic !== 'T10' || minTier < FORMAL_MIN_TIER)) {
      issues.push(
        validationIssue(
          [...path, 'fears', index],
          'fear_needs_formal',
          `fear ${fear} may only be raised by the formal tactic (T10) at tier ${FORMAL_MIN_TIER} or above`,
        ),
      );
    }
  });
  return issues;
}

function declarationIssues(template: ScriptTemplate, path: Path): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [name, type] of Object.entries(template.variables)) {
    const at = [...path, 'variables', name];
    if (!VARIABLE_NAME_PATTERN.test(name) || RESERVED_VARIABLE_NAMES.has(name)) {
      issues.push(
        validationIssue(at, 'invalid_variable_name', `${JSON.stringify(name)} cannot name a variable`),
      );
      continue;
    }
    const standard = STANDARD_VARIABLES.get(name);
    if (standard !== undefined && standard !== type) {
      issues.push(
        validationIssue(
          at,
          'standard_variable_type',
          `${name} is always a ${standard} variable, not ${type}`,
        ),
      );
    }
  }
  return issues;
}

function messageIssues(template: ScriptTemplate, path: Path): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const used = new Map<string, Set<IcuUsage>>();
  const messages: [field: 'subject' | 'body', source: string][] = [['body', template.body]];
  if (template.subject !== undefined) messages.unshift(['subject', template.subject]);
  for (const [field, source] of messages) {
    let analysis: ReturnType<typeof analyzeIcuMessage>;
    try {
      analysis = analyzeIcuMessage(compileIcuMessage(source, template.locale));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push(
        validationIssue([...path, field], 'invalid_message', `is not a valid ICU message: ${reason}`),
      );
      continue;
    }
    for (const problem of analysis.problems) {
      issues.push(validationIssue([...path, field], 'message_not_allowed', problem));
    }
    for (const [name, usages] of analysis.usages) {
      const all = used.get(name) ?? new Set<IcuUsage>();
      for (const usage of usages) all.add(usage);
      used.set(name, all);
    }
  }
  if (issues.length > 0) return issues;
  for (const [name, usages] of used) {
    const type = Object.hasOwn(template.variables, name) ? template.variables[name] : undefined;
    if (type === undefined) {
      issues.push(
        validationIssue(
          [...path, 'variables'],
          'undeclared_variable',
          `the message uses {${name}}, which is not declared`,
        ),
      );
      continue;
    }
    const misfit = unfitUsage(type, usages);
    if (misfit !== undefined) {
      issues.push(
        validationIssue(
          [...path, 'variables', name],
          'variable_usage',
          `${name} is a ${type} variable and cannot be used as a ${misfit} argument`,
        ),
      );
    }
  }
  for (const name of Object.keys(template.variables)) {
    if (!used.has(name)) {
      issues.push(
        validationIssue(
          [...path, 'variables', name],
          'unused_variable',
          `${name} is declared but no message uses it`,
        ),
      );
    }
  }
  return issues;
}
