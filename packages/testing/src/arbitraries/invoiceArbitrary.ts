import type { Invoice, IsoDate } from '@receivables/core';
import fc from 'fast-check';
import { currencyScale } from '../_internals/currencyScale.ts';
import { dayNumberBounds } from '../_internals/dayNumberBounds.ts';
import { invoiceFromSeed, invoiceSeedArbitrary } from '../_internals/InvoiceSeed.ts';
import { readRecordId } from '../_internals/readRecordId.ts';
import { invoiceId } from '../_internals/recordIds.ts';
import { currencyArbitrary } from './currencyArbitrary.ts';

/** Options of {@link invoiceArbitrary}. */
export interface InvoiceArbitraryOptions {
  /** The customer every generated invoice belongs to. */
  readonly customerId: string;
  /**
   * A fixed id for every invoice generated.
   * @defaultValue a drawn id from `INV-000001` to `INV-999999`
   */
  readonly id?: string;
  /**
   * A fixed currency.
   * @defaultValue drawn from `['CNY', 'USD', 'EUR', 'JPY', 'KWD']`
   */
  readonly currency?: string;
  /**
   * The earliest issue date.
   * @defaultValue `'2000-01-01'`
   */
  readonly issuedFrom?: IsoDate;
  /**
   * The latest issue date.
   * @defaultValue `'2035-12-31'`
   */
  readonly issuedTo?: IsoDate;
}

/**
 * A fast-check arbitrary of validated invoices of one customer. Many carry an instalment plan of two
 * to four instalments whose amounts sum exactly to the invoice amount, with due dates that never go
 * backwards (equal dates included) and roles by position (首款, 中款, 尾款); the rest have the single
 * `final` instalment a plain invoice validates to.
 *
 * @param options - The customer, and optionally the id, currency and issue-date range.
 * @returns An arbitrary of {@link Invoice} records in the validated shape.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for an empty `customerId` or `id`, or `issuedFrom`
 *   after `issuedTo`; `INVALID_DATE` for a malformed date; `INVALID_CURRENCY` for an unknown code.
 *
 * @example
 * ```ts
 * import { decimal } from '@receivables/core';
 * import { invoiceArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const invoice = fc.sample(invoiceArbitrary({ customerId: 'C0001', currency: 'CNY' }), 1)[0]!;
 * const total = invoice.instalments.reduce((sum, part) => sum.plus(part.amount), decimal(0));
 * console.log(invoice.customerId, total.equals(invoice.amount)); // C0001 true
 * ```
 */
export function invoiceArbitrary(options: InvoiceArbitraryOptions): fc.Arbitrary<Invoice> {
  const api = 'invoiceArbitrary';
  const customerId = readRecordId(api, 'customerId', options.customerId);
  const id = options.id === undefined ? undefined : readRecordId(api, 'id', options.id);
  if (options.currency !== undefined) currencyScale(api, options.currency);
  const issueDays = dayNumberBounds(
    api,
    ['issuedFrom', 'issuedTo'],
    options.issuedFrom,
    options.issuedTo,
    '2000-01-01',
    '2035-12-31',
  );
  return fc
    .record({
      id: id === undefined ? fc.integer({ min: 1, max: 999_999 }).map(invoiceId) : fc.constant(id),
      currency: options.currency === undefined ? currencyArbitrary() : fc.constant(options.currency),
      seed: invoiceSeedArbitrary(issueDays),
    })
    .map(({ id, currency, seed }) =>
      invoiceFromSeed(seed, { id, customerId, currency, scale: currencyScale(api, currency) }),
    );
}
