import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';

/** A measure (分级措施) to take for customers in a tier, as data. */
export interface RiskMeasure {
  /** Stable id, e.g. `creditHold`, that workflows branch on. */
  readonly id: string;
  readonly label: LocalizedLabel;
}
