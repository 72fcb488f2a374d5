/**
 * A way to reach a customer, shared with the script catalog: `phone`, `messaging` (WeChat and the like),
 * `email`, `letter`, `visit` (at least two staff), `lawyerLetter` (律师函) and `legalFiling`
 * (suit, arbitration or 支付令).
 */
export type ChannelId = 'phone' | 'messaging' | 'email' | 'letter' | 'visit' | 'lawyerLetter' | 'legalFiling';
