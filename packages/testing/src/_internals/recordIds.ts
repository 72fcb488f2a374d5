/**
 * Record ids in the suite's examples' style. Numbers are 1-based; padding keeps ids of the same
 * width sorting in number order.
 */

/** @internal `C0001` */
export function customerId(n: number): string {
  return `C${String(n).padStart(4, '0')}`;
}

/** @internal `INV-000001` */
export function invoiceId(n: number): string {
  return `INV-${String(n).padStart(6, '0')}`;
}

/** @internal `PAY-000001` */
export function paymentId(n: number): string {
  return `PAY-${String(n).padStart(6, '0')}`;
}

/** @internal `CN-000001` */
export function creditNoteId(n: number): string {
  return `CN-${String(n).padStart(6, '0')}`;
}

/** @internal `DSP-000001` */
export function disputeId(n: number): string {
  return `DSP-${String(n).padStart(6, '0')}`;
}

/** @internal `PTP-000001` */
export function promiseId(n: number): string {
  return `PTP-${String(n).padStart(6, '0')}`;
}
