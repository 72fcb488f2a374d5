/** A value a condition compares a field with. */
export type ConditionValue = string | number | boolean;

/**
 * A test on an applicant's input, as data (no code is evaluated). Exactly one operator per object:
 * - on a field (a dotted path of own properties, e.g. `flags.courtDefaulter`): `equals`, `notEquals`,
 *   `in`, `greaterThan`, `atLeast` (≥), `lessThan`, `atMost` (≤), or `isMissing`;
 * - combining conditions: `all`, `any`, `not`;
 * - `custom`: the name of a predicate passed in code (`customConditions` of `createScorecard`).
 *
 * A missing field (absent, `undefined` or `null`) fails every comparison, `notEquals` included:
 * `{ field: 'maxDaysPastDue', greaterThan: 90 }` is false when the days are unknown. Use `isMissing` to
 * test for absence. A present value of the wrong type (the text `"true"` against `equals: true`, a
 * string against `greaterThan`) is refused with `INVALID_ARGUMENT` rather than quietly not matching.
 */
export interface Condition {
  readonly field?: string;
  readonly equals?: ConditionValue;
  readonly notEquals?: ConditionValue;
  readonly in?: readonly ConditionValue[];
  readonly greaterThan?: number;
  readonly atLeast?: number;
  readonly lessThan?: number;
  readonly atMost?: number;
  readonly isMissing?: boolean;
  readonly all?: readonly Condition[];
  readonly any?: readonly Condition[];
  readonly not?: Condition;
  readonly custom?: string;
}
