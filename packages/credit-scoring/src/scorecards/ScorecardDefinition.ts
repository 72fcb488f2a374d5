import type { GradeScale } from '../grades/GradeScale.ts';
import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { GradeRule } from '../rules/GradeRule.ts';
import type { FactorDefinition } from './FactorDefinition.ts';
import type { ScoreScale } from './ScoreScale.ts';

/** A scorecard as data: a JSON file validated by `createScorecard` (JSON Schema: `scorecardDefinitionJsonSchema`). */
export interface ScorecardDefinition {
  /** The JSON Schema the file follows; ignored. */
  readonly $schema?: string;
  /** Stable id, reported in every result. */
  readonly id: string;
  readonly label?: LocalizedLabel;
  /**
   * How factor points become the score.
   *
   * @defaultValue `{ kind: 'percent' }`
   */
  readonly scale?: ScoreScale;
  /** When given, the factors' weights must add up to exactly this total. */
  readonly totalWeight?: number;
  readonly factors: readonly FactorDefinition[];
  /**
   * Knock-out and cap rules applied to the grade after the score, in order.
   *
   * @defaultValue `[]`
   */
  readonly rules?: readonly GradeRule[];
  /**
   * The grades the score maps to; required on the points scale.
   *
   * @defaultValue `defaultGradeScale` (0–100)
   */
  readonly gradeScale?: GradeScale;
  /**
   * Decimal places of the score, points, contributions and impacts (rounded half away from zero).
   *
   * @defaultValue 2
   */
  readonly scoreDecimals?: number;
  /**
   * The most reasons listed in a result.
   *
   * @defaultValue 4
   */
  readonly maxReasons?: number;
}
