import type { FactorBase } from './FactorBase.ts';

/**
 * A factor computed by code: the definition names it, and `createScorecard` receives its
 * {@link CustomFactor} (with the same id) in `customFactors`.
 */
export interface CustomFactorReference extends FactorBase {
  readonly kind: 'custom';
  /** The input field handed to the custom factor; without it, the whole applicant input. */
  readonly field?: string;
}
