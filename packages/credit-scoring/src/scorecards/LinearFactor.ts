import type { FactorBase } from './FactorBase.ts';
import type { LinearTerm } from './LinearTerm.ts';

/**
 * A factor whose points are a linear formula of inputs, kept within bounds:
 * `clamp(intercept + Σ coefficient × value, minPoints, maxPoints)`. The seven-item Character factor is
 * `100 × onTimeRatio − 20 × brokenPromises`, floored at 0.
 */
export interface LinearFactor extends FactorBase {
  readonly kind: 'linear';
  readonly terms: readonly LinearTerm[];
  /**
   * The points before any term.
   *
   * @defaultValue 0
   */
  readonly intercept?: number;
  readonly minPoints: number;
  readonly maxPoints: number;
}
