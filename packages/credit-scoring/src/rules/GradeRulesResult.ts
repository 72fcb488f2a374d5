import type { GradeDefinition } from '../grades/GradeDefinition.ts';
import type { AppliedRule } from './AppliedRule.ts';

/** The grade after knock-out and cap rules, and the rules that held. */
export interface GradeRulesResult {
  readonly grade: GradeDefinition;
  readonly rulesApplied: readonly AppliedRule[];
}
