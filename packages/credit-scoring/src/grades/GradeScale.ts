import type { GradeDefinition } from './GradeDefinition.ts';

/**
 * A grade scale as data: grades listed best first, `minScore` strictly decreasing, the last grade's
 * `minScore` 0. The last grade takes every score below the grade above it, negative scores included.
 */
export interface GradeScale {
  /** Stable id, e.g. `default`, `fourLevel`. */
  readonly id: string;
  readonly grades: readonly GradeDefinition[];
}
