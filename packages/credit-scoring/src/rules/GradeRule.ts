import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';
import type { Condition } from './Condition.ts';

/**
 * A knock-out or cap rule, applied to the grade after the score (spec §1.2 overrides). Neither kind ever
 * raises a grade:
 * - `knockOut`: a disqualifying fact; the grade becomes `grade` (e.g. D for a court defaulter);
 * - `cap`: a ceiling; the grade becomes at most `grade` (e.g. at most C after a critical danger signal).
 */
export interface GradeRule {
  /** Stable id, named in the explanation, e.g. `courtDefaulter`. */
  readonly id: string;
  readonly kind: 'knockOut' | 'cap';
  /** When the rule applies. */
  readonly when: Condition;
  /** The grade id imposed (knock-out) or the best grade allowed (cap). */
  readonly grade: string;
  readonly label: LocalizedLabel;
}
