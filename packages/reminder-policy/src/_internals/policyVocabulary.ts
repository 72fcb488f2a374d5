import type { ChannelId } from '../policy/ChannelId.ts';
import type { ChannelKind } from '../policy/ChannelKind.ts';
import type { EscalationMeasure } from '../policy/ReminderPolicy.ts';
import type { RoleId } from '../policy/RoleId.ts';

/** Every channel id, weakest kind first. @internal */
export const CHANNELS: readonly ChannelId[] = [
  'phone',
  'messaging',
  'email',
  'letter',
  'lawyerLetter',
  'visit',
  'legalFiling',
];

/** The collector ladder in order (换人催收). @internal */
export const ROLES: readonly RoleId[] = ['sales', 'delivery', 'assistant', 'finance', 'executive', 'legal'];

/** Every escalation measure. @internal */
export const MEASURES: readonly EscalationMeasure[] = [
  'creditHold',
  'stopSupply',
  'repaymentPlan',
  'guarantee',
  'lawyerLetter',
  'legalFiling',
  'agency',
];

const KIND_OF: Readonly<Record<ChannelId, ChannelKind>> = {
  phone: 'oral',
  messaging: 'oral',
  email: 'written',
  letter: 'written',
  lawyerLetter: 'written',
  visit: 'inPerson',
  legalFiling: 'legal',
};

const STRENGTH: Readonly<Record<ChannelKind, number>> = { oral: 1, written: 2, inPerson: 3, legal: 4 };

/** The kind of a channel. @internal */
export function channelKindOf(channel: ChannelId): ChannelKind {
  return KIND_OF[channel];
}

/** How strong a channel is: in person > written > oral (a filing is stronger still). @internal */
export function channelStrength(channel: ChannelId): number {
  return STRENGTH[KIND_OF[channel]];
}
