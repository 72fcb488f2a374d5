import { throwValidationError, toValidationIssues } from '@receivables/core';
import type { IntlMessageFormat } from 'intl-messageformat';
import type { ScriptTemplate } from '../catalog/ScriptTemplate.ts';
import type { VariableType } from '../vocabulary/VariableType.ts';
import { ScriptTemplateSchema } from './catalogSchemas.ts';
import { compileIcuMessage } from './icuMessage.ts';
import { templateIssues } from './templateIssues.ts';

/** A template checked and compiled for one formatting locale. @internal */
export interface CompiledTemplate {
  readonly bodySource: string;
  readonly subjectSource: string | undefined;
  readonly variablesSource: object;
  /** The declared variables as they were when checked: later changes to the template cannot bypass the check. */
  readonly declared: readonly (readonly [string, VariableType])[];
  readonly declaredNames: ReadonlySet<string>;
  readonly body: IntlMessageFormat;
  readonly subject: IntlMessageFormat | undefined;
}

const MAX_CACHED = 2048;
const compiled = new Map<string, CompiledTemplate>();

/**
 * The compiled form of a template for a formatting locale, cached per template id, template locale and
 * formatting locale. A cached entry is reused only while the template's body, subject and variables
 * are the same, so a different template that reuses an id is compiled (and checked) afresh.
 *
 * @internal
 */
export function compiledTemplate(template: ScriptTemplate, locale: string, api: string): CompiledTemplate {
  const key = `${template.id}\u0000${template.locale}\u0000${locale}`;
  const cached = compiled.get(key);
  if (
    cached !== undefined &&
    cached.bodySource === template.body &&
    cached.subjectSource === template.subject &&
    cached.variablesSource === template.variables
  ) {
    return cached;
  }
  const checked = checkTemplate(template, api);
  const declared = Object.entries(checked.variables);
  const entry: CompiledTemplate = {
    bodySource: checked.body,
    subjectSource: checked.subject,
    variablesSource: template.variables,
    declared,
    declaredNames: new Set(declared.map(([name]) => name)),
    body: compileIcuMessage(checked.body, locale),
    subject: checked.subject === undefined ? undefined : compileIcuMessage(checked.subject, locale),
  };
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(key, entry);
  return entry;
}

function checkTemplate(template: ScriptTemplate, api: string): ScriptTemplate {
  const shape = ScriptTemplateSchema.safeParse(template, { reportInput: true });
  if (!shape.success)
    throwValidationError('INVALID_CATALOG', api, toValidationIssues(shape.error.issues, ['template']));
  const issues = templateIssues(shape.data, ['template']);
  if (issues.length > 0) throwValidationError('INVALID_CATALOG', api, issues);
  return shape.data;
}
