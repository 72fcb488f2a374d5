/** Where a tactic's score comes from: the points of each fit table; `total` is their sum. */
export interface ScoreBreakdown {
  readonly scenario: number;
  readonly power: number;
  readonly style: number;
  readonly cause: number;
  readonly stage: number;
  readonly total: number;
}
