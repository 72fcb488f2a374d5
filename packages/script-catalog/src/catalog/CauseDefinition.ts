import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CauseSubtype } from '../vocabulary/CauseSubtype.ts';

/** An "XIN" cause as locale-neutral data, with the subtypes it allows. */
export interface CauseDefinition {
  readonly id: CauseKind;
  readonly subtypes: readonly CauseSubtype[];
}
