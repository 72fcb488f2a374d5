/** One anchor of the payment-behaviour index: the index earned by paying this many days beyond terms. */
export interface PaydexAnchor {
  /** Days beyond terms; negative is early. */
  readonly daysBeyondTerms: number;
  /** The index at exactly those days, 1–100. */
  readonly index: number;
}
