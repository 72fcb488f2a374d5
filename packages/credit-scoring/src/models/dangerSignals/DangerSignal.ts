import type { LocalizedLabel } from '../../grades/LocalizedLabel.ts';

/** One warning sign of a customer going bad (危险信号), as data. */
export interface DangerSignal {
  /** Stable id observations refer to, e.g. `chequeBounced`. */
  readonly id: string;
  /** Its number in the source list (spec §1.7), 1–15 for the built-in ones. */
  readonly number: number;
  /** A critical (★) signal alone caps the grade at C and puts the customer in risk tier 4. */
  readonly critical: boolean;
  readonly label: LocalizedLabel;
}
