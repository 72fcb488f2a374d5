/** Where a script's score comes from: its tactic's total and the bonus for answering the excuse. */
export interface ScriptScoreBreakdown {
  readonly tactic: number;
  readonly excuse: number;
  readonly total: number;
}
