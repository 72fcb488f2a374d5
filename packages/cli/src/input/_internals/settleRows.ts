import type { Portfolio } from '@receivables/core';
import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import { assemblePortfolio } from './assemblePortfolio.ts';
import { cascadeRows } from './cascadeRows.ts';
import { checkJoins } from './checkJoins.ts';
import { checkPortfolio } from './checkPortfolio.ts';
import type { SourceRow } from './SourceRow.ts';

/**
 * Validates the records against each other and core's rules. Each pass leaves out what depends on a
 * dead record, checks how the files join, and validates the rest with core; with `skipInvalid` it
 * repeats, leaving out what core refused, until core accepts the portfolio (each pass leaves out at
 * least one more record, so it ends). Without it, one core pass collects the problems and it stops.
 * References to the kinds in `unread` (files that could not be read) are not judged: the run fails on
 * those files anyway, and "unknown customer" on every invoice would only hide the real problem.
 *
 * @internal
 */
export function settleRows(
  rows: readonly SourceRow[],
  skipInvalid: boolean,
  unread: ReadonlySet<InputKind>,
): { readonly portfolio: Portfolio | undefined; readonly unplaced: readonly InputProblem[] } {
  for (;;) {
    cascadeRows(rows);
    if (checkJoins(rows, unread) > 0) continue;
    const outcome = checkPortfolio(assemblePortfolio(rows), unread);
    if ('portfolio' in outcome) return { portfolio: outcome.portfolio, unplaced: [] };
    if (outcome.unplaced.length > 0 || !skipInvalid) {
      cascadeRows(rows);
      return { portfolio: undefined, unplaced: outcome.unplaced };
    }
  }
}
