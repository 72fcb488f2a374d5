import type { NegotiatorStyle } from '../vocabulary/NegotiatorStyle.ts';

/** A negotiator style as locale-neutral data. */
export interface StyleDefinition {
  readonly id: NegotiatorStyle;
}
