import {
  describeValue,
  formatMoney,
  isReceivablesError,
  money,
  toDayNumber,
  type ValidationIssue,
} from '@receivables/core';
import type { AmountValue } from '../render/AmountValue.ts';
import type { ScriptFormat } from '../vocabulary/ScriptFormat.ts';
import type { VariableType } from '../vocabulary/VariableType.ts';
import type { CompiledTemplate } from './compiledTemplates.ts';
import { escapeMarkdown, joinLines } from './escapeForFormat.ts';
import { formatDayNumber, formatList } from './localeFormatters.ts';
import { validationIssue } from './validationIssue.ts';

/** The values ICU receives: formatted text, or numbers for plural rules. @internal */
export type IcuValues = Record<string, string | number>;

type Converted = { readonly value: string | number } | { readonly problem: string };

const API_PREFIX = /^[A-Za-z]\w*: /;

/**
 * Checks every value against the template's declarations and formats it for the locale and output
 * format. Returns the values in a map without a prototype, so ICU can never find an inherited property,
 * or every problem at once: missing, mistyped and undeclared variables.
 *
 * @internal
 */
export function readVariableValues(
  template: CompiledTemplate,
  variables: unknown,
  locale: string,
  format: ScriptFormat,
): { readonly values: IcuValues } | { readonly issues: ValidationIssue[] } {
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    return {
      issues: [
        validationIssue(
          [],
          'invalid_variables',
          `expected an object of variable values, got ${describeValue(variables)}`,
        ),
      ],
    };
  }
  const values: IcuValues = Object.create(null) as IcuValues;
  const issues: ValidationIssue[] = [];
  for (const [name, type] of template.declared) {
    const raw = Object.hasOwn(variables, name) ? (variables as Record<string, unknown>)[name] : undefined;
    if (raw === undefined) {
      issues.push(validationIssue([name], 'missing_variable', `missing value: expected ${article(type)}`));
      continue;
    }
    const converted = convert(type, raw, locale, format);
    if ('problem' in converted) issues.push(validationIssue([name], 'invalid_variable', converted.problem));
    else values[name] = converted.value;
  }
  for (const name of Object.keys(variables)) {
    if (!template.declaredNames.has(name)) {
      issues.push(validationIssue([name], 'unknown_variable', 'the template does not declare this variable'));
    }
  }
  return issues.length > 0 ? { issues } : { values };
}

function convert(type: VariableType, raw: unknown, locale: string, format: ScriptFormat): Converted {
  switch (type) {
    case 'text':
      return typeof raw === 'string' && /\S/.test(raw)
        ? { value: asText(raw, format) }
        : { problem: `expected non-blank text, got ${describeValue(raw)}` };
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { value: raw }
        : { problem: `expected a finite number, got ${describeValue(raw)}` };
    case 'list':
      return Array.isArray(raw) &&
        raw.length > 0 &&
        raw.every((item) => typeof item === 'string' && /\S/.test(item))
        ? {
            value: formatList(
              raw.map((item: string) => asText(item, format)),
              locale,
            ),
          }
        : { problem: `expected a non-empty list of non-blank texts, got ${describeValue(raw)}` };
    case 'date':
      return typeof raw === 'string'
        ? attempt(() => asText(formatDayNumber(toDayNumber(raw), locale), format))
        : { problem: `expected a date YYYY-MM-DD, got ${describeValue(raw)}` };
    case 'amount':
      return isAmountShape(raw)
        ? attempt(() => asText(formatMoney(money(raw.amount, raw.currency), { locale }), format))
        : { problem: `expected an amount { amount, currency }, got ${describeValue(raw)}` };
  }
}

function isAmountShape(value: unknown): value is AmountValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, 'amount') &&
    Object.hasOwn(value, 'currency')
  );
}

/** Runs a suite reader; its refusal becomes the problem, without the reader's name in front. */
function attempt(read: () => string): Converted {
  try {
    return { value: read() };
  } catch (error) {
    if (isReceivablesError(error)) return { problem: error.message.replace(API_PREFIX, '') };
    throw error;
  }
}

function asText(text: string, format: ScriptFormat): string {
  if (format === 'text') return text;
  const oneLine = joinLines(text);
  return format === 'markdown' ? escapeMarkdown(oneLine) : oneLine;
}

function article(type: VariableType): string {
  return type === 'amount'
    ? 'an amount'
    : type === 'list'
      ? 'a list'
      : type === 'date'
        ? 'a date'
        : `a ${type}`;
}
