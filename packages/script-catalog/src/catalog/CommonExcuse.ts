import type { CauseKind } from '../vocabulary/CauseKind.ts';
import type { CommonExcuseId } from '../vocabulary/CommonExcuseId.ts';
import type { PowerSituation } from '../vocabulary/PowerSituation.ts';
import type { ScenarioId } from '../vocabulary/ScenarioId.ts';

/**
 * A common excuse and what it maps onto (spec 4.2): the scenarios it belongs to, or a power situation
 * (`noMoney` is 有心无力) or a cause (`newBoss` is 新变化). Some map onto nothing and only carry advice
 * (`alreadyPaid`: ask for the bank receipt number).
 */
export interface CommonExcuse {
  readonly id: CommonExcuseId;
  readonly scenarios: readonly ScenarioId[];
  readonly power?: PowerSituation;
  readonly cause?: CauseKind;
}
