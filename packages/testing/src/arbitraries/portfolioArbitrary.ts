import type { CreditNote, Customer, Invoice, Payment, Portfolio } from '@receivables/core';
import { toDayNumber } from '@receivables/core';
import fc from 'fast-check';
import { currencyScale } from '../_internals/currencyScale.ts';
import { type DisputeSeed, disputeSeedArbitrary, disputesFromSeeds } from '../_internals/DisputeSeed.ts';
import { type InvoiceSeed, invoiceFromSeed, invoiceSeedArbitrary } from '../_internals/InvoiceSeed.ts';
import { type MoneySeed, moneyFromSeed, moneySeedArbitrary } from '../_internals/MoneySeed.ts';
import { type OpenInvoice, openInvoice } from '../_internals/OpenInvoice.ts';
import { type PromiseSeed, promiseSeedArbitrary, promisesFromSeeds } from '../_internals/PromiseSeed.ts';
import { readCount } from '../_internals/readCount.ts';
import { DEFAULT_CURRENCIES, readCurrencies } from '../_internals/readCurrencies.ts';
import { creditNoteId, customerId, invoiceId, paymentId } from '../_internals/recordIds.ts';
import { CREDIT_NOTE_REASONS } from '../_internals/vocabulary.ts';
import { customerArbitrary } from './customerArbitrary.ts';

/** Options of {@link portfolioArbitrary}. */
export interface PortfolioArbitraryOptions {
  /**
   * The most customers in one portfolio.
   * @defaultValue `5`
   */
  readonly maxCustomers?: number;
  /**
   * The most invoices in one portfolio; payments go up to twice as many, credit notes, disputes and
   * promises up to half as many.
   * @defaultValue `20`
   */
  readonly maxInvoices?: number;
  /**
   * The currencies invoices are drawn in.
   * @defaultValue `['CNY', 'USD', 'EUR', 'JPY', 'KWD']`
   */
  readonly currencies?: readonly string[];
}

/** Invoices are issued from 2000-01-01 to 2035-12-31, the default range of the date arbitraries. */
const ISSUE_DAYS = { min: toDayNumber('2000-01-01'), max: toDayNumber('2035-12-31') };

interface PortfolioSeed {
  readonly customers: readonly Customer[];
  readonly invoices: readonly {
    readonly customerPick: number;
    readonly currencyPick: number;
    readonly seed: InvoiceSeed;
  }[];
  readonly payments: readonly { readonly invoicePick: number; readonly seed: MoneySeed }[];
  readonly creditNotes: readonly {
    readonly invoicePick: number;
    readonly seed: MoneySeed;
    readonly reason?: string;
  }[];
  readonly disputes: readonly DisputeSeed[];
  readonly promises: readonly PromiseSeed[];
}

/**
 * A fast-check arbitrary of whole validated portfolios whose records agree with each other: every
 * reference resolves, instalments sum to their invoice, payments and credit notes never apply more than
 * they are worth nor more than is open on an invoice or instalment (some cash stays on account),
 * disputes stay within what they dispute, and promises are made no later than the date they promise.
 * Everything is drawn as plain numbers and assembled in one `map`, so failures shrink to small portfolios.
 *
 * @param options - Size limits and currencies.
 * @returns An arbitrary of {@link Portfolio} values in the validated shape.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a negative or fractional limit, or an empty or
 *   repeating currency list; `INVALID_CURRENCY` for an unknown code.
 *
 * @example
 * ```ts
 * import { portfolioArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * fc.assert(
 *   fc.property(portfolioArbitrary({ maxInvoices: 5 }), (portfolio) =>
 *     portfolio.invoices.every((invoice) => portfolio.customers.some((customer) => customer.id === invoice.customerId)),
 *   ),
 * );
 * console.log('every invoice has its customer'); // every invoice has its customer
 * ```
 */
export function portfolioArbitrary(options: PortfolioArbitraryOptions = {}): fc.Arbitrary<Portfolio> {
  const api = 'portfolioArbitrary';
  const maxCustomers = readCount(api, 'maxCustomers', options.maxCustomers ?? 5);
  const maxInvoices = readCount(api, 'maxInvoices', options.maxInvoices ?? 20);
  const currencies = readCurrencies(api, options.currencies ?? DEFAULT_CURRENCIES);
  const fewer = Math.ceil(maxInvoices / 2);
  const seed: fc.Arbitrary<PortfolioSeed> = fc.record({
    customers: fc.array(customerArbitrary(), { maxLength: maxCustomers }),
    invoices: fc.array(
      fc.record({
        customerPick: fc.nat(),
        currencyPick: fc.nat({ max: currencies.length - 1 }),
        seed: invoiceSeedArbitrary(ISSUE_DAYS),
      }),
      { maxLength: maxInvoices },
    ),
    payments: fc.array(fc.record({ invoicePick: fc.nat(), seed: moneySeedArbitrary() }), {
      maxLength: maxInvoices * 2,
    }),
    creditNotes: fc.array(
      fc.record(
        {
          invoicePick: fc.nat(),
          seed: moneySeedArbitrary(),
          reason: fc.constantFrom(...CREDIT_NOTE_REASONS),
        },
        { requiredKeys: ['invoicePick', 'seed'] },
      ),
      { maxLength: fewer },
    ),
    disputes: fc.array(disputeSeedArbitrary(), { maxLength: fewer }),
    promises: fc.array(promiseSeedArbitrary(), { maxLength: fewer }),
  });
  return seed.map((drawn) => assemblePortfolio(drawn, currencies));
}

function assemblePortfolio(drawn: PortfolioSeed, currencies: readonly string[]): Portfolio {
  const customers = drawn.customers.map((customer, i) => ({ ...customer, id: customerId(i + 1) }));
  const invoices =
    customers.length === 0
      ? []
      : drawn.invoices.map((entry, i) => {
          const customer = customers[entry.customerPick % customers.length]!;
          const currency = currencies[entry.currencyPick % currencies.length]!;
          return invoiceFromSeed(entry.seed, {
            id: invoiceId(i + 1),
            customerId: customer.id,
            currency,
            scale: currencyScale('portfolioArbitrary', currency),
          });
        });
  const { payments, creditNotes } = settle(drawn, invoices);
  return {
    customers,
    invoices,
    payments,
    creditNotes,
    disputes: disputesFromSeeds(drawn.disputes, invoices),
    promises: promisesFromSeeds(drawn.promises, invoices),
  };
}

/**
 * Applies payments and credit notes in date order (payments first on the same day), the order a
 * reader of the ledger follows, so what each one finds open is what was open on its date.
 */
function settle(
  drawn: PortfolioSeed,
  invoices: readonly Invoice[],
): { payments: Payment[]; creditNotes: CreditNote[] } {
  const payments: Payment[] = [];
  const creditNotes: CreditNote[] = [];
  if (invoices.length === 0) return { payments, creditNotes };
  const open = new Map<string, OpenInvoice>();
  const targetOf = (pick: number): OpenInvoice => {
    const invoice = invoices[pick % invoices.length]!;
    let target = open.get(invoice.id);
    if (target === undefined) {
      target = openInvoice('portfolioArbitrary', invoice);
      open.set(invoice.id, target);
    }
    return target;
  };
  const events = [
    ...drawn.payments.map((entry, order) => ({ kind: 0, order, entry, reason: undefined })),
    ...drawn.creditNotes.map((entry, order) => ({ kind: 1, order, entry, reason: entry.reason })),
  ].map((event) => ({
    ...event,
    day: targetOf(event.entry.invoicePick).issueDay + event.entry.seed.dayOffset,
  }));
  events.sort((a, b) => a.day - b.day || a.kind - b.kind || a.order - b.order);
  for (const event of events) {
    const target = targetOf(event.entry.invoicePick);
    const money = moneyFromSeed(event.entry.seed, target);
    const owner = { customerId: target.invoice.customerId, currency: target.invoice.currency };
    if (event.kind === 0) payments.push({ id: paymentId(payments.length + 1), ...owner, ...money });
    else {
      const reason = event.reason === undefined ? {} : { reason: event.reason };
      creditNotes.push({ id: creditNoteId(creditNotes.length + 1), ...owner, ...money, ...reason });
    }
  }
  return { payments, creditNotes };
}
