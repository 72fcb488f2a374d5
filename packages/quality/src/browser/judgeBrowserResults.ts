import { compareLines } from '../smoke/compareLines.ts';
import type { BrowserEntryOutcome } from './BrowserEntryOutcome.ts';
import type { BrowserPageEntry } from './BrowserPage.ts';

/** What the page's harness recorded for one program. */
export interface RecordedRun {
  readonly id: string;
  readonly checks: readonly { readonly line: number; readonly expected: string; readonly actual: string }[];
  readonly logged: readonly string[];
  readonly error?: string;
}

/**
 * Judges what a browser page recorded against what each program promised: a smoke check must print
 * its expected lines, an example must print what its comments say on every commented line, and
 * neither may throw.
 *
 * @param entries - The programs the page was built with.
 * @param recorded - What the harness recorded, in the same order.
 * @returns One outcome per program.
 *
 * @example
 * ```ts
 * import { judgeBrowserResults } from '@receivables/quality';
 *
 * const outcomes = judgeBrowserResults(
 *   [
 *     { kind: 'smoke', id: 'core', expected: ['2026-11-23'] },
 *     { kind: 'example', id: 'dates/addDays.ts:12', checkedLines: [3, 4] },
 *   ],
 *   [
 *     { id: 'core', checks: [], logged: ['2026-11-23'] },
 *     { id: 'dates/addDays.ts:12', checks: [{ line: 3, expected: '2026-02-01', actual: '2026-02-01' }], logged: [] },
 *   ],
 * );
 * console.log(outcomes.map((outcome) => outcome.problems.length)); // [0,1]
 * console.log(outcomes[1]?.problems[0]); // line 4 has a documented output but never ran
 * ```
 */
export function judgeBrowserResults(
  entries: readonly BrowserPageEntry[],
  recorded: readonly RecordedRun[],
): BrowserEntryOutcome[] {
  return entries.map((entry, index) => {
    const run = recorded[index];
    if (run === undefined || run.id !== entry.id) {
      return { id: entry.id, kind: entry.kind, problems: ['did not run'] };
    }
    const problems: string[] = [];
    if (run.error !== undefined) problems.push(`threw ${run.error}`);
    if (entry.kind === 'smoke') {
      const difference = compareLines(entry.expected ?? [], run.logged);
      if (difference !== undefined && run.error === undefined) problems.push(difference);
    } else {
      for (const check of run.checks) {
        if (check.actual !== check.expected) {
          problems.push(
            `line ${check.line}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`,
          );
        }
      }
      const ran = new Set(run.checks.map((check) => check.line));
      for (const line of entry.checkedLines ?? []) {
        if (!ran.has(line) && run.error === undefined) {
          problems.push(`line ${line} has a documented output but never ran`);
        }
      }
    }
    return { id: entry.id, kind: entry.kind, problems };
  });
}
