import type { InputProblem } from '../input/InputProblem.ts';

/**
 * The problems a streamed run finds, as it finds them. `rejected` rows are invalid in themselves or in
 * their references: without `--skip-invalid` they fail the run. `dependent` rows are valid but refer
 * to a rejected record (an application of a payment left out): they are listed only under
 * `--skip-invalid`, as the whole-file loader lists them.
 *
 * @internal
 */
export interface StreamProblems {
  readonly rejected: InputProblem[];
  readonly dependent: InputProblem[];
}
