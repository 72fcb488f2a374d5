import type { LocalizedLabel } from '../grades/LocalizedLabel.ts';

/** A rule whose condition held for an applicant, as named in the explanation. */
export interface AppliedRule {
  readonly id: string;
  readonly kind: 'knockOut' | 'cap';
  /** The grade the rule imposes or caps at. */
  readonly grade: string;
  readonly label: LocalizedLabel;
}
