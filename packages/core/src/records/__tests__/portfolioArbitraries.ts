import fc from 'fast-check';
import { fromDayNumber } from '../../dates/fromDayNumber.ts';
import { toDayNumber } from '../../dates/toDayNumber.ts';
import type { CreditNoteInput } from '../CreditNote.ts';
import type { CustomerInput } from '../Customer.ts';
import type { DisputeInput } from '../Dispute.ts';
import type { InstalmentRole } from '../InstalmentRole.ts';
import type { InstalmentInput, InvoiceInput } from '../Invoice.ts';
import type { PaymentInput } from '../Payment.ts';
import type { PortfolioInput } from '../Portfolio.ts';
import type { PromiseToPayInput } from '../PromiseToPay.ts';

/** Currencies with 2, 0 and 3 minor-unit digits, so amounts of every scale come up. */
const MINOR_UNITS = { CNY: 2, USD: 2, JPY: 0, KWD: 3 } as const;
type Currency = keyof typeof MINOR_UNITS;

const FIRST_DAY = toDayNumber('2020-01-01');

/** Writes a count of minor units as decimal text, e.g. 123456 CNY fen as `1234.56`. */
export function minorToText(minor: number, digits: number): string {
  if (digits === 0) return String(minor);
  const text = String(minor).padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An amount as outside data writes it: decimal text, or the same value as a JavaScript number. */
function amountInput(minor: number, currency: Currency, asNumber: boolean): string | number {
  const text = minorToText(minor, MINOR_UNITS[currency]);
  return asNumber ? Number(text) : text;
}

/** The raw draws one invoice and its related records are built from. */
const invoiceDraw = fc.record({
  customer: fc.nat(),
  currency: fc.constantFrom<Currency>('CNY', 'USD', 'JPY', 'KWD'),
  issueDay: fc.integer({ min: 0, max: 3000 }),
  parts: fc.array(
    fc.record({
      minor: fc.integer({ min: 1, max: 5_000_000 }),
      gap: fc.integer({ min: 0, max: 400 }),
      role: fc.option(fc.constantFrom<InstalmentRole>('first', 'middle', 'final'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  listInstalments: fc.boolean(),
  giveDueDate: fc.boolean(),
  asNumber: fc.boolean(),
  reference: fc.option(
    fc.string({ minLength: 1, maxLength: 8 }).filter((text) => /\S/.test(text)),
    {
      nil: undefined,
    },
  ),
  // Shares of what payments, credit notes and disputes take, as fractions of the invoice (at most half each).
  paymentShare: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
  paymentToFirstInstalment: fc.boolean(),
  creditShare: fc.option(fc.double({ min: 0, max: 0.5, noNaN: true }), { nil: undefined }),
  disputeShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  promise: fc.option(
    fc.record({ afterDays: fc.nat(60), status: fc.constantFrom('open', 'kept', 'broken') }),
    {
      nil: undefined,
    },
  ),
});

type InvoiceDraw = typeof invoiceDraw extends fc.Arbitrary<infer T> ? T : never;

/** Customers with distinct ids, some with the optional fields. */
const customerDraws = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }).filter((text) => /\S/.test(text)),
    name: fc.constantFrom('Hengda Trading', 'Li Wei & Sons', '华东机电', 'Acme'),
    group: fc.option(fc.constantFrom('key-accounts', 'smb'), { nil: undefined }),
    tags: fc.option(fc.dictionary(fc.constantFrom('region', 'salesperson'), fc.string({ maxLength: 5 })), {
      nil: undefined,
    }),
    onboardedDay: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
  }),
  { minLength: 1, maxLength: 4, selector: (customer) => customer.id },
);

/**
 * Valid portfolio input: every reference resolves, currencies match, nothing is applied or disputed
 * beyond an invoice or instalment, and amounts come as text or numbers.
 */
export const portfolioInputs: fc.Arbitrary<PortfolioInput> = fc
  .record({ customers: customerDraws, invoices: fc.array(invoiceDraw, { maxLength: 6 }) })
  .map(({ customers, invoices }) => buildPortfolio(customers, invoices));

/** One valid invoice input on its own. */
export const invoiceInputs: fc.Arbitrary<InvoiceInput> = invoiceDraw.map((draw) =>
  buildInvoice(draw, 0, 'C1'),
);

function buildPortfolio(
  customerDrawList: readonly {
    id: string;
    name: string;
    group: string | undefined;
    tags: Record<string, string> | undefined;
    onboardedDay: number | undefined;
  }[],
  draws: readonly InvoiceDraw[],
): PortfolioInput {
  const customers: CustomerInput[] = customerDrawList.map((draw) => ({
    id: draw.id,
    name: draw.name,
    ...(draw.group === undefined ? {} : { group: draw.group }),
    ...(draw.tags === undefined ? {} : { tags: draw.tags }),
    ...(draw.onboardedDay === undefined ? {} : { onboardedOn: fromDayNumber(FIRST_DAY + draw.onboardedDay) }),
  }));
  const invoices: InvoiceInput[] = [];
  const payments: PaymentInput[] = [];
  const creditNotes: CreditNoteInput[] = [];
  const disputes: DisputeInput[] = [];
  const promises: PromiseToPayInput[] = [];
  draws.forEach((draw, index) => {
    const customerId = customers[draw.customer % customers.length]?.id ?? '';
    const invoice = buildInvoice(draw, index, customerId);
    invoices.push(invoice);
    const total = draw.parts.reduce((sum, part) => sum + part.minor, 0);
    const date = fromDayNumber(FIRST_DAY + draw.issueDay + 1);
    const common = { customerId, currency: draw.currency, date };
    if (draw.paymentShare !== undefined) {
      const toFirst = draw.paymentToFirstInstalment;
      const base = toFirst ? (draw.parts[0]?.minor ?? 0) : total;
      const minor = Math.floor(base * draw.paymentShare);
      payments.push({
        id: `P${index}`,
        ...common,
        amount: amountInput(minor + 1, draw.currency, draw.asNumber),
        applications:
          minor === 0
            ? []
            : [
                {
                  invoiceId: invoice.id,
                  ...(toFirst ? { instalment: 1 } : {}),
                  amount: amountInput(minor, draw.currency, !draw.asNumber),
                },
              ],
      });
    }
    if (draw.creditShare !== undefined) {
      const minor = Math.floor(total * draw.creditShare);
      if (minor > 0) {
        creditNotes.push({
          id: `CN${index}`,
          ...common,
          amount: amountInput(minor, draw.currency, draw.asNumber),
          applications: [{ invoiceId: invoice.id, amount: amountInput(minor, draw.currency, draw.asNumber) }],
          reason: 'returned goods',
        });
      }
    }
    if (draw.disputeShare !== undefined) {
      const minor = Math.max(1, Math.floor(total * draw.disputeShare));
      disputes.push({
        id: `D${index}`,
        customerId,
        invoiceId: invoice.id,
        openedOn: date,
        ...(draw.disputeShare > 0.5 ? {} : { resolvedOn: fromDayNumber(FIRST_DAY + draw.issueDay + 30) }),
        amount: amountInput(minor, draw.currency, draw.asNumber),
      });
    }
    if (draw.promise !== undefined) {
      promises.push({
        id: `PTP${index}`,
        customerId,
        ...(index % 2 === 0 ? { invoiceIds: [invoice.id] } : {}),
        madeOn: date,
        promisedDate: fromDayNumber(FIRST_DAY + draw.issueDay + 1 + draw.promise.afterDays),
        amount: amountInput(total, draw.currency, draw.asNumber),
        currency: draw.currency,
        status: draw.promise.status,
      });
    }
  });
  return { customers, invoices, payments, creditNotes, disputes, promises };
}

function buildInvoice(draw: InvoiceDraw, index: number, customerId: string): InvoiceInput {
  const total = draw.parts.reduce((sum, part) => sum + part.minor, 0);
  let day = FIRST_DAY + draw.issueDay;
  const instalments: InstalmentInput[] = draw.parts.map((part) => {
    day += part.gap;
    return {
      dueDate: fromDayNumber(day),
      amount: amountInput(part.minor, draw.currency, draw.asNumber),
      ...(part.role === undefined ? {} : { role: part.role }),
    };
  });
  const lastDueDate = fromDayNumber(day);
  // Without a listed schedule the invoice is one payment of the total on the last due date.
  const listed = draw.listInstalments || draw.parts.length > 1;
  return {
    id: `INV-${index}`,
    customerId,
    currency: draw.currency,
    issueDate: fromDayNumber(FIRST_DAY + draw.issueDay),
    ...(listed && !draw.giveDueDate ? {} : { dueDate: lastDueDate }),
    amount: amountInput(total, draw.currency, draw.asNumber),
    ...(listed ? { instalments } : {}),
    ...(draw.reference === undefined ? {} : { reference: draw.reference }),
  };
}
