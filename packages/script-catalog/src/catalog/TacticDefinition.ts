import type { TacticId } from '../vocabulary/TacticId.ts';
import type { TacticSlug } from '../vocabulary/TacticSlug.ts';

/** A tactic as locale-neutral data: its stable id and slug. Names and intent live in each locale's texts. */
export interface TacticDefinition {
  readonly id: TacticId;
  readonly slug: TacticSlug;
}
