/**
 * How goods and payment are sequenced for a customer (spec §1.4), loosest to strictest:
 * - `openAccount` 先货后款 (赊销): goods first, payment within the credit days and the limit;
 * - `finalPaymentBeforeFinalGoods` 尾款尾货: earlier batches on credit, the last batch only after the balance is paid;
 * - `cashOnDelivery` 同款同货 (款货两清): each batch is paid at handover;
 * - `cashInAdvance` 先款后货: paid before release, so the exposure is zero.
 */
export type PaymentMode = 'cashInAdvance' | 'cashOnDelivery' | 'finalPaymentBeforeFinalGoods' | 'openAccount';
