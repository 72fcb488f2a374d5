import type { PowerSituation } from '../vocabulary/PowerSituation.ts';

/** A power situation as locale-neutral data. */
export interface PowerSituationDefinition {
  readonly id: PowerSituation;
}
