import type { ContactChannel } from '../vocabulary/ContactChannel.ts';
import type { Tier } from '../vocabulary/Tier.ts';

/**
 * A contact channel as data. `immediate` channels (phone, messaging, visits) reach a person at once and
 * are closed during quiet hours; `minTier` is the lowest tier at which the channel may be used (a
 * lawyer's letter is a tier-4 measure).
 */
export interface ChannelDefinition {
  readonly id: ContactChannel;
  readonly immediate: boolean;
  readonly minTier: Tier;
}
