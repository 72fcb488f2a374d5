/**
 * How the customer is reached, the same ids as the reminder policy's channels: `phone`, `messaging`
 * (WeChat, SMS), `email`, `letter`, `visit` (on site), `lawyerLetter` (律师函) and `legalFiling` (suit,
 * arbitration or payment order).
 */
export type ContactChannel =
  | 'phone'
  | 'messaging'
  | 'email'
  | 'letter'
  | 'visit'
  | 'lawyerLetter'
  | 'legalFiling';
