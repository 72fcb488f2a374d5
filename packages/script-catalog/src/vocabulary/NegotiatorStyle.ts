/**
 * The style of the person across the table (spec 4.4): `eagle` 鹰 (a leader), `sheep` 羊 (a technical
 * expert), `fox` 狐 (a procurement head), `donkey` 驴 (the user department).
 */
export type NegotiatorStyle = 'eagle' | 'sheep' | 'fox' | 'donkey';
