/**
 * Where one fact about a customer came from: the customer's credit `profile` (a value there overrides
 * the ledger), the `ledger` itself (invoices, payments, promises and history as of the date), or
 * `none` when neither holds it, so the scorecard's missing-value policy or the method's skip applies.
 */
export type FactSource = 'profile' | 'ledger' | 'none';
