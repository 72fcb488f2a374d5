import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';

/** How one factor scored for an applicant. */
export interface FactorResult {
  readonly id: string;
  readonly label: LocalizedLabel;
  /** The input the factor read (an object of the terms' values for a linear factor); `null` when missing. */
  readonly value: unknown;
  /** The factor's points after its caps; `null` when left out as neutral. */
  readonly points: number | null;
  readonly weight: number;
  /** The score points this factor adds: weight × points ÷ total weight on the 0–100 scale, weight × points on the points scale. */
  readonly contribution: number;
  /** `true` when the value (or a linear term's value) was missing and the missing-value policy or `ifMissing` stood in. */
  readonly missing: boolean;
  /** The cap that limited the points, or `null`. */
  readonly cappedAt: number | null;
}
