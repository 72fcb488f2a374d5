import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { CustomFactor } from '../scorecards/CustomFactor.ts';
import type { FactorReason } from '../scorecards/FactorReason.ts';
import type { RulesCompiledCondition } from './rulesCompileCondition.ts';

/** A linear term ready to read. @internal */
export interface ScorecardsCompiledTerm {
  readonly field: string;
  readonly segments: readonly string[];
  readonly coefficient: number;
  readonly ifMissing: number | undefined;
  readonly min: number;
  readonly max: number;
}

/**
 * A factor ready to score: its data resolved to defaults and laid out for reading. Every kind shares
 * this one record shape, so that the scoring loop stays monomorphic and fast.
 *
 * @internal
 */
export interface ScorecardsCompiledFactor {
  /** Reads the factor's points (before the missing-value policy and caps), `NaN` when missing; see `scorecardsFactorReader`. */
  readonly read: (input: object, extras: { value: unknown; imputed: boolean }) => number;
  readonly kind: 'bands' | 'categories' | 'linear' | 'custom';
  readonly id: string;
  readonly label: LocalizedLabel;
  readonly weight: number;
  /** The most points an applicant can score on this factor; lost points are counted from here. */
  readonly bestPoints: number;
  readonly missing: 'reject' | 'neutral' | number;
  readonly reason: FactorReason;
  readonly caps: readonly { readonly when: RulesCompiledCondition; readonly atMost: number }[];
  /** The field read (bands, categories, custom); empty for linear factors and whole-input custom factors. */
  readonly field: string;
  readonly segments: readonly string[] | undefined;
  /** The valid range of a bands factor's value; infinite when open. */
  readonly min: number;
  readonly max: number;
  /** Bands: each band's lower bound (−∞ for the first), whether it is inclusive, and its points. */
  readonly bounds: readonly number[];
  readonly inclusive: readonly boolean[];
  readonly bandPoints: readonly number[];
  readonly categories: ReadonlyMap<unknown, number>;
  readonly otherwise: number | undefined;
  readonly terms: readonly ScorecardsCompiledTerm[];
  readonly intercept: number;
  readonly minPoints: number;
  readonly maxPoints: number;
  readonly custom: CustomFactor | undefined;
}
