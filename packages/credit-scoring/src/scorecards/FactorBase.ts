import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { FactorCap } from './FactorCap.ts';
import type { FactorReason } from './FactorReason.ts';
import type { MissingValuePolicy } from './MissingValuePolicy.ts';

/** What every factor of a scorecard has, whatever its kind. */
export interface FactorBase {
  /** Stable id, unique in the scorecard, e.g. `capacity`. */
  readonly id: string;
  readonly label: LocalizedLabel;
  /**
   * The factor's weight, not negative. On the 0–100 scale the score is the weighted mean of the factors'
   * points; on the points scale each factor adds weight × points.
   *
   * @defaultValue 1
   */
  readonly weight?: number;
  /**
   * What to do when the applicant has no value.
   *
   * @defaultValue 'reject'
   */
  readonly missing?: MissingValuePolicy;
  /** Ceilings on the factor's points under conditions; the lowest that applies wins. */
  readonly caps?: readonly FactorCap[];
  /**
   * The reason reported when this factor lowers the score.
   *
   * @defaultValue code: the factor id; label: the factor's label with "scored below the best" (en) / "未得满分" (zh-CN)
   */
  readonly reason?: FactorReason;
}
