import type { WorklistLine } from '@receivables/reminder-policy';
import type { Situation } from '@receivables/script-catalog';
import type { ExcuseReading } from './readExcuse.ts';
import type { ScriptSuggestion } from './ScriptSuggestion.ts';

/** One line of today's worklist with what to say. */
export interface WorklistEntry {
  /** The planner's line: rank, customer, channel, role, level, days past due, tier, amounts, invoices, actions. */
  readonly line: WorklistLine;
  readonly customerName: string;
  /** The situation the script was chosen for, without its locale. */
  readonly situation: Omit<Situation, 'locale'>;
  /** The excuse on record (an open dispute's reason), read as a scenario; `null` when there is none. */
  readonly excuse: ExcuseReading | null;
  /** The recommended script; `null` when no template of the catalog fits the situation. */
  readonly script: ScriptSuggestion | null;
}
