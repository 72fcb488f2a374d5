import type { ApplicationInput } from '@receivables/core';

/** One row of a payment-applications file: the payment it belongs to and the application itself. */
export interface PaymentApplicationRow {
  readonly paymentId: string;
  readonly application: ApplicationInput;
}
