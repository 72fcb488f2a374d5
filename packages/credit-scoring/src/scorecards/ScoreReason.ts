import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';

/** A reason the score is lower than the best possible, as a stable code. */
export interface ScoreReason {
  readonly code: string;
  readonly factorId: string;
  /** The score points lost on this factor against its best points. */
  readonly impact: number;
  readonly label: LocalizedLabel;
}
