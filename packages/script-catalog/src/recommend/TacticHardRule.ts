import type { ReasonCode } from '../vocabulary/ReasonCode.ts';
import type { TacticId } from '../vocabulary/TacticId.ts';
import type { SituationTest } from './SituationTest.ts';

/** A hard rule as data: the listed tactics are never recommended when `forbidWhen` holds. */
export interface TacticHardRule {
  /** The rule's id, also the code of the reason it gives. */
  readonly id: ReasonCode;
  readonly tactics: readonly TacticId[];
  readonly forbidWhen: SituationTest;
}
