/**
 * The risk band of a payment-behaviour index (spec §7.1): `low` for 80–100, `medium` for 50–79, `high`
 * for 1–49.
 */
export type PaydexBand = 'low' | 'medium' | 'high';
