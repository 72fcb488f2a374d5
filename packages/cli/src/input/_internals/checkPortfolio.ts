import { type Portfolio, PortfolioSchema, toValidationIssues } from '@receivables/core';
import type { InputKind } from '../InputKind.ts';
import type { InputProblem } from '../InputProblem.ts';
import type { AssembledPortfolio } from './assemblePortfolio.ts';
import { problemFromIssue } from './problemsFromIssues.ts';
import { CHILDREN_OF } from './SourceRow.ts';

/** Issues that only say a file could not be read: references into it, invoices without its instalments. */
const UNJUDGED: Readonly<Record<string, InputKind>> = {
  unknown_customer: 'customers',
  unknown_invoice: 'invoices',
  due_date_missing: 'instalments',
};

/**
 * Validates the assembled portfolio with core's `PortfolioSchema` (every record's own rules, then the
 * rules across records) and hands each issue to the record it concerns: the instalment or application
 * when the path leads into one, otherwise the record of the list. Those records are marked dead.
 * Issues about kinds whose file could not be read (`unread`) are not handed out.
 *
 * @internal
 * @returns The portfolio when core finds nothing; otherwise the issues that no record could take.
 */
export function checkPortfolio(
  assembled: AssembledPortfolio,
  unread: ReadonlySet<InputKind>,
): { readonly portfolio: Portfolio } | { readonly unplaced: readonly InputProblem[] } {
  const result = PortfolioSchema.safeParse(assembled.input, { reportInput: true });
  if (result.success) return { portfolio: result.data };
  const unplaced: InputProblem[] = [];
  for (const issue of toValidationIssues(result.error.issues)) {
    const about = Object.hasOwn(UNJUDGED, issue.code) ? UNJUDGED[issue.code] : undefined;
    if (about !== undefined && unread.has(about)) continue;
    const [list, index, ...rest] = issue.path;
    const entry =
      typeof list === 'string' && typeof index === 'number' ? assembled.placed[list]?.[index] : undefined;
    if (entry === undefined) {
      unplaced.push({
        file: '(portfolio)',
        code: 'INVALID_PORTFOLIO',
        reason: `${issue.pathText}: ${issue.message}`,
      });
      continue;
    }
    const childKey = CHILDREN_OF[entry.row.kind]?.key;
    const [key, position, ...inside] = rest;
    const child = key === childKey && typeof position === 'number' ? entry.children[position] : undefined;
    const target = child ?? entry.row;
    const record = child === undefined ? entry.value : child.value;
    const path = child === undefined ? rest : inside;
    target.problems.push(problemFromIssue(issue, path, record, target.location, 'INVALID_RECORD'));
    target.dead = true;
  }
  return { unplaced };
}
