import type { LintRule } from '../lint/LintRule.ts';
import type { CollectionStage } from '../vocabulary/CollectionStage.ts';
import { compareText } from './compareText.ts';

interface CompiledKeyword {
  readonly text: string;
  readonly wholeWordStart: boolean;
  readonly wholeWordEnd: boolean;
}

/** A rule ready to run: its keywords normalised, its patterns compiled. @internal */
export interface CompiledLintRule {
  readonly rule: LintRule;
  readonly keywords: readonly CompiledKeyword[];
  readonly patterns: readonly RegExp[];
  readonly stages: ReadonlySet<CollectionStage> | undefined;
}

/** One place a rule matched, in the normalised text. @internal */
export interface LintMatchAt {
  readonly rule: CompiledLintRule;
  readonly index: number;
  readonly excerpt: string;
}

const LATIN_WORD_CHAR = /[a-z0-9\u00c0-\u024f]/;
/** Curly apostrophes read as straight ones, so `you’ll` matches `you'll`; the length stays the same. */
const TYPOGRAPHIC_QUOTES = /[\u2018\u2019]/g;
const compiledSets = new WeakMap<readonly LintRule[], readonly CompiledLintRule[]>();

/**
 * How lint reads text: NFKC (full-width digits and letters become ASCII), lower case and straight
 * apostrophes, so one keyword list covers the ways people type.
 *
 * @internal
 */
export function normalizeForLint(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(TYPOGRAPHIC_QUOTES, "'");
}

/**
 * Compiles a validated rule list once; the same array is compiled only once.
 *
 * @internal
 */
export function compileLintRules(rules: readonly LintRule[]): readonly CompiledLintRule[] {
  const cached = compiledSets.get(rules);
  if (cached !== undefined) return cached;
  const compiled = rules.map((rule): CompiledLintRule => {
    const keywords: CompiledKeyword[] = [];
    const patterns: RegExp[] = [];
    for (const match of Object.values(rule.match)) {
      for (const keyword of match.keywords ?? []) {
        const text = normalizeForLint(keyword);
        keywords.push({
          text,
          wholeWordStart: LATIN_WORD_CHAR.test(text[0] ?? ''),
          wholeWordEnd: LATIN_WORD_CHAR.test(text[text.length - 1] ?? ''),
        });
      }
      for (const pattern of match.patterns ?? []) patterns.push(new RegExp(pattern, 'giu'));
    }
    return { rule, keywords, patterns, stages: rule.stages === undefined ? undefined : new Set(rule.stages) };
  });
  compiledSets.set(rules, compiled);
  return compiled;
}

/**
 * Every place any rule matches in the text, whatever the stage, in text order; the same rule matching
 * at the same place twice counts once.
 *
 * @internal
 */
export function findLintMatches(rules: readonly CompiledLintRule[], text: string): LintMatchAt[] {
  const normalized = normalizeForLint(text);
  const found: LintMatchAt[] = [];
  for (const rule of rules) {
    const seen = new Set<number>();
    const add = (index: number, excerpt: string): void => {
      if (seen.has(index)) return;
      seen.add(index);
      found.push({ rule, index, excerpt });
    };
    for (const keyword of rule.keywords) {
      for (
        let at = normalized.indexOf(keyword.text);
        at !== -1;
        at = normalized.indexOf(keyword.text, at + 1)
      ) {
        if (isWholeEnough(normalized, at, keyword)) add(at, keyword.text);
      }
    }
    for (const pattern of rule.patterns) {
      pattern.lastIndex = 0;
      for (let match = pattern.exec(normalized); match !== null; match = pattern.exec(normalized)) {
        // A pattern such as \b can match nothing; step past it rather than loop on the same spot.
        if (match[0] === '') pattern.lastIndex++;
        else add(match.index, match[0]);
      }
    }
  }
  return found.sort((a, b) => a.index - b.index || compareText(a.rule.rule.id, b.rule.rule.id));
}

/**
 * Whether a rule applies at a stage.
 *
 * @internal
 */
export function ruleAppliesAt(rule: CompiledLintRule, stage: CollectionStage): boolean {
  return rule.stages === undefined || rule.stages.has(stage);
}

function isWholeEnough(text: string, at: number, keyword: CompiledKeyword): boolean {
  if (keyword.wholeWordStart && at > 0 && LATIN_WORD_CHAR.test(text[at - 1] ?? '')) return false;
  const end = at + keyword.text.length;
  return !(keyword.wholeWordEnd && LATIN_WORD_CHAR.test(text[end] ?? ''));
}
