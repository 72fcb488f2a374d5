/**
 * What to do with an order: `approve` it (on the payment mode the decision names), release it only
 * after payment (`requirePrepayment`), or `hold` it until the customer's position is put right.
 * Strictness rises in that order; see `creditDecisionStrictness`.
 */
export type CreditDecisionOutcome = 'approve' | 'requirePrepayment' | 'hold';
