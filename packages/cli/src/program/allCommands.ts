import { agingCommand } from '../commands/aging/agingCommand.ts';
import { kpisCommand } from '../commands/kpis/kpisCommand.ts';
import { limitsCommand } from '../commands/limits/limitsCommand.ts';
import { planCommand } from '../commands/plan/planCommand.ts';
import { reportCommand } from '../commands/report/reportCommand.ts';
import { scoreCommand } from '../commands/score/scoreCommand.ts';
import { scriptsCommand } from '../commands/scripts/scriptsCommand.ts';
import { validateCommand } from '../commands/validate/validateCommand.ts';
import { worklistCommand } from '../commands/worklist/worklistCommand.ts';
import type { CliCommand } from './CliCommand.ts';

/**
 * The subcommands of `receivables`, in the order the help lists them: aging, kpis, score, limits,
 * plan, worklist, scripts, report, validate.
 *
 * @example
 * ```ts
 * import { allCommands } from '@receivables/cli';
 *
 * console.log(allCommands.map((command) => command.name)); // ["aging","kpis","score","limits","plan","worklist","scripts","report","validate"]
 * ```
 */
export const allCommands: readonly CliCommand[] = Object.freeze([
  agingCommand,
  kpisCommand,
  scoreCommand,
  limitsCommand,
  planCommand,
  worklistCommand,
  scriptsCommand,
  reportCommand,
  validateCommand,
]);
