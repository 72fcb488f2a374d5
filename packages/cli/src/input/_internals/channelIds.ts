import type { ChannelId } from '@receivables/reminder-policy';

// A record keyed by the union: the compiler refuses a missing or an extra channel, so this list
// follows reminder-policy's ChannelId whenever that changes.
const channels: Readonly<Record<ChannelId, true>> = {
  phone: true,
  messaging: true,
  email: true,
  letter: true,
  visit: true,
  lawyerLetter: true,
  legalFiling: true,
};

/** The reminder-policy channel ids a history action may name. @internal */
export const channelIds: readonly ChannelId[] = Object.freeze(Object.keys(channels) as ChannelId[]);
