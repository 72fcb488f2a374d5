/**
 * How strong a channel is: `oral` (phone, messaging) < `written` (email, letter, lawyer's letter) <
 * `inPerson` (visit). A legal filing is its own kind, `legal`, used only by escalation levels.
 */
export type ChannelKind = 'oral' | 'written' | 'inPerson' | 'legal';
