import * as z from 'zod';
import { addValidationIssue } from '../errors/addValidationIssue.ts';
import type { RecordPath } from './RecordPath.ts';

/** An item of a list field and its index in the list. @internal */
export interface RecordItem<Item> {
  readonly item: Item;
  readonly index: number;
}

type ItemOf<List> = NonNullable<List> extends readonly (infer Item)[] ? Item : never;

/** What a record rule sees: the fields that passed their own schemas, and a way to report. @internal */
export interface RecordRuleContext<T> {
  /** The field's parsed value; `undefined` when it is absent or failed its own schema. */
  readonly valid: <K extends keyof T & string>(key: K) => T[K] | undefined;
  /** The items of a list field that passed their own schema, each with its index in the list. */
  readonly validItems: <K extends keyof T & string>(key: K) => readonly RecordItem<ItemOf<T[K]>>[];
  /** The items of a list field that failed their own schema, as they were found. */
  readonly brokenItems: (key: keyof T & string) => readonly RecordItem<unknown>[];
  /** Whether nothing at or under `path` failed its own schema. */
  readonly isValid: (path: RecordPath) => boolean;
  /** Whether the input has a value (valid or not) for the field. */
  readonly has: (key: keyof T & string) => boolean;
  /** Reports a broken rule at `path`, relative to the record. */
  readonly report: (code: string, message: string, input: unknown, path: RecordPath) => void;
}

/**
 * A check that applies rules across a record's fields. Unlike a plain refinement it runs even when some
 * fields failed, so one parse reports every problem; the rules only see the fields that are valid.
 * Finding a list's broken items takes one pass over the issues, so a portfolio with many broken
 * records is still checked in linear time.
 *
 * @internal
 */
export function recordRules<T extends object>(
  rules: (context: RecordRuleContext<T>) => void,
): z.core.$ZodCheck<T> {
  return z.superRefine<T>(
    (value, ctx) => {
      const fields = value as Record<string, unknown>;
      const failedPaths = ctx.issues.flatMap((issue) => (issue.path?.length ? [issue.path] : []));
      const isValid = (path: RecordPath): boolean =>
        failedPaths.every((failed) => !isPrefixOfEither(failed, path));
      const splitItems = (key: string): { valid: RecordItem<unknown>[]; broken: RecordItem<unknown>[] } => {
        const list = fields[key];
        const split = { valid: [] as RecordItem<unknown>[], broken: [] as RecordItem<unknown>[] };
        if (!Array.isArray(list)) return split;
        const brokenIndexes = failedIndexes(failedPaths, key);
        list.forEach((item: unknown, index) => {
          const broken = brokenIndexes === 'all' || brokenIndexes.has(index);
          (broken ? split.broken : split.valid).push({ item, index });
        });
        return split;
      };
      rules({
        valid: (key) => (isValid([key]) ? value[key] : undefined),
        validItems: (key) => splitItems(key).valid as RecordItem<ItemOf<T[typeof key]>>[],
        brokenItems: (key) => splitItems(key).broken,
        isValid,
        has: (key) => fields[key] !== undefined,
        report: (code, message, input, path) => addValidationIssue(ctx, code, message, input, path),
      });
    },
    { when: (payload) => isPlainObject(payload.value) },
  );
}

/** The indexes of a list's items that have an issue, or `'all'` when the list itself has one. */
function failedIndexes(failedPaths: readonly (readonly PropertyKey[])[], key: string): Set<number> | 'all' {
  const indexes = new Set<number>();
  for (const path of failedPaths) {
    if (path[0] !== key) continue;
    const index = path[1];
    if (typeof index !== 'number') return 'all';
    indexes.add(index);
  }
  return indexes;
}

// A path is broken when an issue lies at it, under it (a field of it) or above it (its list).
function isPrefixOfEither(a: readonly PropertyKey[], b: RecordPath): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return false;
  return true;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
