import { describeValue, ReceivablesError, throwValidationError, toValidationIssues } from '@receivables/core';
import { LintRulesSchema } from '../_internals/catalogSchemas.ts';
import { compileLintRules, findLintMatches, ruleAppliesAt } from '../_internals/lintEngine.ts';
import { languageOf } from '../_internals/resolveLocale.ts';
import { COLLECTION_STAGES } from '../_internals/vocabulary.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import { defaultLintRules } from './defaultLintRules.ts';
import type { LintFinding } from './LintFinding.ts';
import type { LintRule } from './LintRule.ts';

/** Options of {@link lintScript}. */
export interface LintScriptOptions {
  /** The stage the text is meant for; rules limited to other stages are skipped. */
  readonly stage: CollectionStage;
  /** The language of the messages in the findings (every language's word lists are checked). */
  readonly locale: string;
  /** The rules to apply. @defaultValue {@link defaultLintRules} */
  readonly rules?: readonly LintRule[];
}

const validatedRules = new WeakSet<readonly LintRule[]>([defaultLintRules]);

/**
 * Flags risky wording in a script before it is sent: threats of criminal action, intimidation, public
 * shaming, gifts or personal benefits to the debtor's staff, contact at night, insults, harassment and
 * legal-action wording too early. Rules are data (see {@link LintRule}); every language's word lists
 * are checked, whatever the locale, and matching runs in linear time.
 *
 * @param text - The script, as written or rendered.
 * @param options - The stage, the locale of the messages and the rules.
 * @returns The findings, in text order.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for text that is not a string, an unknown stage, a
 *   malformed locale, or rules that fail validation (`details.issues` lists them, e.g. a pattern
 *   that could backtrack).
 *
 * @example
 * ```ts
 * import { lintScript } from '@receivables/script-catalog';
 *
 * const findings = lintScript('再不还钱就让你坐牢，晚上11点我还会打给你。', { stage: 'middleOverdue', locale: 'en' });
 * console.log(findings.map((finding) => `${finding.ruleId}: ${finding.excerpt}`)); // ["criminalThreat: 坐牢","nightContact: 晚上11点"]
 * console.log(lintScript('We could sue.', { stage: 'lateOverdue', locale: 'en' }).length); // 0
 * ```
 */
export function lintScript(text: string, options: LintScriptOptions): LintFinding[] {
  if (typeof text !== 'string') {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `lintScript: expected the text as a string, got ${describeValue(text)}`,
    );
  }
  const stage = options?.stage;
  if (!COLLECTION_STAGES.includes(stage)) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      `lintScript: stage ${describeValue(stage)} is not a collection stage`,
      {
        details: { stage: describeValue(stage) },
      },
    );
  }
  const language = languageOf(options.locale, 'lintScript');
  const rules = checkedRules(options.rules ?? defaultLintRules);
  return findLintMatches(compileLintRules(rules), text)
    .filter((match) => ruleAppliesAt(match.rule, stage))
    .map((match) => ({
      ruleId: match.rule.rule.id,
      category: match.rule.rule.category,
      severity: match.rule.rule.severity,
      message: messageIn(match.rule.rule, options.locale, language),
      excerpt: match.excerpt,
      index: match.index,
    }));
}

function checkedRules(rules: readonly LintRule[]): readonly LintRule[] {
  if (validatedRules.has(rules)) return rules;
  const result = LintRulesSchema.safeParse(rules, { reportInput: true });
  if (!result.success)
    throwValidationError(
      'INVALID_ARGUMENT',
      'lintScript',
      toValidationIssues(result.error.issues, ['rules']),
    );
  // The validated copy is what runs, so later changes to the caller's array cannot bypass the checks.
  const copy = Object.freeze(result.data);
  validatedRules.add(copy);
  return copy;
}

function messageIn(rule: LintRule, locale: string, language: string): string {
  const messages = rule.message;
  if (Object.hasOwn(messages, locale)) return messages[locale] as string;
  const sameLanguage = Object.keys(messages).find((tag) => tag.split('-')[0] === language);
  if (sameLanguage !== undefined) return messages[sameLanguage] as string;
  return messages.en ?? (Object.values(messages)[0] as string);
}
