import type { GradeScale } from '../grades/GradeScale.ts';
import type { ScorecardDefinition } from './ScorecardDefinition.ts';

declare const scorecardInput: unique symbol;

/**
 * A validated, compiled scorecard from `createScorecard`: score applicants with `scoreApplicant`. The type
 * parameter is the shape of the applicant input the scorecard reads.
 */
export interface Scorecard<Input extends object = object> {
  readonly id: string;
  /** The validated definition, defaults left as written. */
  readonly definition: ScorecardDefinition;
  /** The grade scale in use (the definition's, or `defaultGradeScale`). */
  readonly gradeScale: GradeScale;
  /** Carries the input type only; never present at run time. */
  readonly [scorecardInput]?: Input;
}
