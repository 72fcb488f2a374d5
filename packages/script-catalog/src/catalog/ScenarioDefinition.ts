import type { ScenarioId } from '../vocabulary/ScenarioId.ts';
import type { ScenarioSlug } from '../vocabulary/ScenarioSlug.ts';

/** An excuse scenario as locale-neutral data: its stable id and slug. */
export interface ScenarioDefinition {
  readonly id: ScenarioId;
  readonly slug: ScenarioSlug;
}
