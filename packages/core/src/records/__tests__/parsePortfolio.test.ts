import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toValidationIssues } from '../../errors/toValidationIssues.ts';
import { decimal, isReceivablesError, PortfolioSchema, parsePortfolio } from '../../index.ts';
import type { InvoiceInput } from '../Invoice.ts';
import type { PortfolioInput } from '../Portfolio.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';
import { portfolioInputs } from './portfolioArbitraries.ts';

const threeSixOne: InvoiceInput = {
  id: 'INV-1',
  customerId: 'C1',
  currency: 'CNY',
  issueDate: '2026-03-01',
  amount: '1000.00',
  instalments: [
    { dueDate: '2026-03-01', amount: '300.00' },
    { dueDate: '2026-06-01', amount: '600.00' },
    { dueDate: '2027-06-01', amount: '100.00' },
  ],
};

const single: InvoiceInput = {
  id: 'INV-2',
  customerId: 'C2',
  currency: 'USD',
  issueDate: '2026-03-05',
  dueDate: '2026-04-04',
  amount: '500.00',
};

const base = {
  customers: [
    { id: 'C1', name: 'Hengda Trading' },
    { id: 'C2', name: 'Acme' },
  ],
  invoices: [threeSixOne, single],
} satisfies PortfolioInput;

const invalid = (raw: unknown) => issuesOf('INVALID_PORTFOLIO', () => parsePortfolio(raw));

const payment = (fields: Record<string, unknown> = {}) => ({
  id: 'P1',
  customerId: 'C1',
  currency: 'CNY',
  date: '2026-03-10',
  amount: '300.00',
  ...fields,
});

const dispute = (fields: Record<string, unknown> = {}) => ({
  id: 'D1',
  customerId: 'C1',
  invoiceId: 'INV-1',
  openedOn: '2026-03-10',
  amount: '100.00',
  ...fields,
});

const promise = (fields: Record<string, unknown> = {}) => ({
  id: 'PTP1',
  customerId: 'C1',
  madeOn: '2026-03-10',
  promisedDate: '2026-03-20',
  amount: '300.00',
  currency: 'CNY',
  ...fields,
});

describe('parsePortfolio: valid portfolios', () => {
  it('parses every list and fills the absent ones with []', () => {
    const portfolio = parsePortfolio(base);
    expect(portfolio.customers.map((customer) => customer.id)).toEqual(['C1', 'C2']);
    expect(portfolio.invoices.map((invoice) => invoice.dueDate)).toEqual(['2027-06-01', '2026-04-04']);
    expect(portfolio.payments).toEqual([]);
    expect(portfolio.creditNotes).toEqual([]);
    expect(portfolio.disputes).toEqual([]);
    expect(portfolio.promises).toEqual([]);
    expect(parsePortfolio({})).toEqual({
      customers: [],
      invoices: [],
      payments: [],
      creditNotes: [],
      disputes: [],
      promises: [],
    });
  });

  it('accepts payments and credit notes that together settle an invoice exactly', () => {
    const portfolio = parsePortfolio({
      ...base,
      payments: [payment({ applications: [{ invoiceId: 'INV-1', instalment: 1, amount: '300.00' }] })],
      creditNotes: [
        {
          id: 'CN1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-03-12',
          amount: '700.00',
          applications: [{ invoiceId: 'INV-1', amount: '700.00' }],
        },
      ],
    });
    expect(portfolio.payments[0]?.applications[0]?.amount).toEqual(decimal(300));
  });

  it('accepts a promise in a currency the customer has no invoice in', () => {
    const portfolio = parsePortfolio({ ...base, promises: [promise({ currency: 'EUR' })] });
    expect(portfolio.promises[0]?.currency).toBe('EUR');
  });
});

describe('parsePortfolio: cross-record checks, one issue code each', () => {
  it('duplicate_id: per record kind, at the later record', () => {
    const issues = invalid({
      customers: [...base.customers, { id: 'C1', name: 'Hengda again' }],
      invoices: [threeSixOne, single, { ...single, customerId: 'C2' }],
      payments: [payment(), payment()],
      disputes: [dispute(), dispute()],
      promises: [promise(), promise()],
    });
    expect(issues.filter((issue) => issue.code === 'duplicate_id').map((issue) => issue.pathText)).toEqual([
      'customers[2].id',
      'invoices[2].id',
      'payments[1].id',
      'disputes[1].id',
      'promises[1].id',
    ]);
    expect(issues.find((issue) => issue.pathText === 'invoices[2].id')?.message).toBe(
      'invoice id "INV-2" is already used by invoices[1]',
    );
  });

  it('duplicate_id: the same id in two different kinds is fine', () => {
    const portfolio = parsePortfolio({ ...base, payments: [payment({ id: 'C1' })] });
    expect(portfolio.payments[0]?.id).toBe('C1');
  });

  it('unknown_customer: an invoice, payment, dispute or promise of a customer not in the list', () => {
    const issues = invalid({
      ...base,
      invoices: [threeSixOne, { ...single, customerId: 'C9' }],
      payments: [payment({ customerId: 'C8' })],
      promises: [promise({ customerId: 'C7' })],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['invoices[1].customerId', 'unknown_customer'],
      ['payments[0].customerId', 'unknown_customer'],
      ['promises[0].customerId', 'unknown_customer'],
    ]);
    expect(issues[0]?.message).toBe('customer "C9" is not among the portfolio\'s customers');
  });

  it('unknown_invoice: an application, dispute or promise naming an invoice not in the list', () => {
    const issues = invalid({
      ...base,
      payments: [payment({ applications: [{ invoiceId: 'INV-404', amount: 1 }] })],
      disputes: [dispute({ invoiceId: 'INV-405' })],
      promises: [promise({ invoiceIds: ['INV-1', 'INV-406'] })],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['payments[0].applications[0].invoiceId', 'unknown_invoice'],
      ['disputes[0].invoiceId', 'unknown_invoice'],
      ['promises[0].invoiceIds[1]', 'unknown_invoice'],
    ]);
    expect(issues[0]?.message).toBe('invoice "INV-404" is not among the portfolio\'s invoices');
  });

  it('unknown_instalment: an instalment number beyond the schedule', () => {
    const issues = invalid({
      ...base,
      payments: [payment({ applications: [{ invoiceId: 'INV-1', instalment: 4, amount: 1 }] })],
      disputes: [dispute({ customerId: 'C2', invoiceId: 'INV-2', instalment: 2 })],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['payments[0].applications[0].instalment', 'unknown_instalment'],
      ['disputes[0].instalment', 'unknown_instalment'],
    ]);
    expect(issues[0]?.message).toBe('invoice "INV-1" has 3 instalments, so there is no instalment 4');
    expect(issues[1]?.message).toBe('invoice "INV-2" has 1 instalment, so there is no instalment 2');
  });

  it("customer_mismatch: applying to, disputing or promising another customer's invoice", () => {
    const issues = invalid({
      ...base,
      payments: [payment({ currency: 'USD', applications: [{ invoiceId: 'INV-2', amount: 1 }] })],
      disputes: [dispute({ invoiceId: 'INV-2' })],
      promises: [promise({ invoiceIds: ['INV-2'] })],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['payments[0].applications[0].invoiceId', 'customer_mismatch'],
      ['disputes[0].invoiceId', 'customer_mismatch'],
      ['promises[0].invoiceIds[0]', 'customer_mismatch'],
    ]);
    expect(issues[0]?.message).toBe('invoice "INV-2" belongs to customer "C2", not "C1"');
  });

  it('currency_mismatch: a payment or credit note applied to an invoice in another currency', () => {
    const issues = invalid({
      ...base,
      payments: [payment({ currency: 'USD', applications: [{ invoiceId: 'INV-1', amount: 1 }] })],
      creditNotes: [
        {
          id: 'CN1',
          customerId: 'C1',
          currency: 'JPY',
          date: '2026-03-12',
          amount: 100,
          applications: [{ invoiceId: 'INV-1', amount: 100 }],
        },
      ],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['payments[0].applications[0].invoiceId', 'currency_mismatch'],
      ['creditNotes[0].applications[0].invoiceId', 'currency_mismatch'],
    ]);
    expect(issues[0]?.message).toBe('invoice "INV-1" is in CNY, not USD');
  });

  it('over_applied: payments and credit notes together exceed an invoice, at the application that tips it over', () => {
    const issues = invalid({
      ...base,
      payments: [
        payment({ amount: '600.00', applications: [{ invoiceId: 'INV-1', amount: '600.00' }] }),
        payment({ id: 'P2', amount: '300.00', applications: [{ invoiceId: 'INV-1', amount: '300.00' }] }),
      ],
      creditNotes: [
        {
          id: 'CN1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-03-12',
          amount: '100.01',
          applications: [{ invoiceId: 'INV-1', amount: '100.01' }],
        },
      ],
    });
    const issue = onlyIssue(issues, 'over_applied');
    expect(issue.pathText).toBe('creditNotes[0].applications[0].amount');
    expect(issue.message).toBe(
      'payments and credit notes apply 1000.01 to invoice "INV-1", more than its amount 1000.00',
    );
  });

  it('over_applied: applications to one instalment exceed that instalment', () => {
    const issues = invalid({
      ...base,
      payments: [
        payment({ applications: [{ invoiceId: 'INV-1', instalment: 3, amount: '60.00' }] }),
        payment({ id: 'P2', applications: [{ invoiceId: 'INV-1', instalment: 3, amount: '40.01' }] }),
      ],
    });
    const issue = onlyIssue(issues, 'over_applied');
    expect(issue.pathText).toBe('payments[1].applications[0].amount');
    expect(issue.message).toBe(
      'payments and credit notes apply 100.01 to instalment 3 of invoice "INV-1", more than its amount 100.00',
    );
  });

  it("over_applied: a payment's applications exceed the payment itself", () => {
    const issue = onlyIssue(
      invalid({
        ...base,
        payments: [payment({ amount: '1.00', applications: [{ invoiceId: 'INV-1', amount: '1.01' }] })],
      }),
      'over_applied',
    );
    expect(issue.pathText).toBe('payments[0].applications[0].amount');
  });

  it('dispute_exceeds_invoice: more disputed than the invoice or the instalment', () => {
    const issues = invalid({
      ...base,
      disputes: [dispute({ amount: '1000.01' }), dispute({ id: 'D2', instalment: 1, amount: '300.01' })],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['disputes[0].amount', 'dispute_exceeds_invoice'],
      ['disputes[1].amount', 'dispute_exceeds_invoice'],
    ]);
    expect(issues[0]?.message).toBe('the disputed 1000.01 is more than invoice "INV-1", 1000.00');
    expect(issues[1]?.message).toBe(
      'the disputed 300.01 is more than instalment 1 of invoice "INV-1", 300.00',
    );
  });

  it("too_precise: a dispute's amount against its invoice's currency", () => {
    const issue = onlyIssue(
      invalid({
        customers: base.customers,
        invoices: [{ ...single, currency: 'JPY', amount: 5000 }],
        disputes: [dispute({ customerId: 'C2', invoiceId: 'INV-2', amount: '10.5' })],
      }),
      'too_precise',
    );
    expect(issue.pathText).toBe('disputes[0].amount');
    expect(issue.message).toBe('10.5 has 1 decimal but JPY (invoice "INV-2") allows 0');
  });
});

describe('parsePortfolio: broken records and many problems', () => {
  it('skips records that failed their own schema and does not report references to them as unknown', () => {
    const issues = invalid({
      customers: [{ id: 'C1', name: '' }, base.customers[1]],
      invoices: [{ ...threeSixOne, issueDate: '2026-02-30' }, single],
      payments: [payment({ applications: [{ invoiceId: 'INV-1', instalment: 9, amount: '100.00' }] })],
      disputes: [dispute({ amount: '99999' })],
    });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['customers[0].name', 'blank_text'],
      ['invoices[0].issueDate', 'invalid_date'],
    ]);
  });

  it('never crashes on broken records of any shape', () => {
    const issues = invalid({
      customers: [null, 5, 'C1', [], { id: 7 }],
      invoices: [{}, { id: 'INV-1' }, threeSixOne],
      payments: [{ applications: 'all' }],
    });
    expect(issues.length).toBeGreaterThan(5);
    expect(issues.some((issue) => issue.code === 'unknown_customer')).toBe(true);
  });

  it('reports every problem of a portfolio in one INVALID_PORTFOLIO error', () => {
    try {
      parsePortfolio({
        customers: [...base.customers, { id: 'C2', name: 'Acme copy' }],
        invoices: [
          { ...threeSixOne, amount: '1000.005' },
          { ...single, customerId: 'C9' },
        ],
        payments: [payment({ applications: [{ invoiceId: 'INV-404', amount: 1 }] })],
        disputes: [dispute({ resolvedOn: '2026-03-01' })],
        promises: [promise({ promisedDate: '2026-03-01' })],
        unknownList: [],
      });
      expect.unreachable();
    } catch (error) {
      expect(isReceivablesError(error, 'INVALID_PORTFOLIO')).toBe(true);
      const issues = isReceivablesError(error) ? (error.details.issues ?? []) : [];
      expect(issues.map((issue) => issue.code).sort()).toEqual(
        [
          'duplicate_id',
          'too_precise',
          'instalments_sum',
          'unknown_customer',
          'unknown_invoice',
          'resolved_before_opened',
          'promised_before_made',
          'unrecognized_keys',
        ].sort(),
      );
      expect((error as Error).message.split('\n')[0]).toBe('parsePortfolio: 8 problems');
    }
  });

  it('shows each problem on its own line as path: reason, e.g. invoices[12].dueDate', () => {
    const invoices = Array.from({ length: 13 }, (_, index) => ({ ...single, id: `INV-${index}` }));
    invoices[12] = { ...single, id: 'INV-12', dueDate: '2026-02-30' };
    try {
      parsePortfolio({ customers: base.customers, invoices });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe(
        'parsePortfolio: 1 problem\n  invoices[12].dueDate: "2026-02-30" is not a date: February 2026 has 28 days',
      );
      expect(isReceivablesError(error) ? error.path : undefined).toEqual(['invoices', 12, 'dueDate']);
    }
  });

  it('refuses a document that is not an object, an unknown list and a list that is not a list', () => {
    expect(invalid([]).map((issue) => issue.code)).toEqual(['invalid_type']);
    expect(invalid({ invoice: [] }).map((issue) => issue.code)).toEqual(['unrecognized_keys']);
    expect(invalid({ invoices: {} }).map((issue) => [issue.pathText, issue.code])).toEqual([
      ['invoices', 'invalid_type'],
    ]);
  });

  it('is PortfolioSchema with one suite error', () => {
    const raw = { ...base, invoices: [{ ...single, customerId: 'C9' }] };
    const result = PortfolioSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(invalid(raw)).toEqual(toValidationIssues(result.error?.issues ?? []));
  });
});

/** Replaces one field of one record of a valid portfolio with any value. */
const brokenPortfolios = fc
  .tuple(portfolioInputs, fc.nat(), fc.nat(), fc.anything())
  .map(([input, listPick, recordPick, value]) => {
    const lists = Object.entries(input).filter(([, list]) => Array.isArray(list) && list.length > 0);
    const [name, list] = lists[listPick % Math.max(lists.length, 1)] ?? ['invoices', []];
    const records = [...(list as Record<string, unknown>[])];
    const record = records[recordPick % Math.max(records.length, 1)];
    if (record === undefined) return { input, raw: input as unknown };
    const keys = Object.keys(record);
    const key = keys[recordPick % keys.length] ?? 'id';
    records[recordPick % records.length] = { ...record, [key]: value };
    return { input, raw: { ...input, [name]: records } as unknown };
  });

describe('properties', () => {
  it('parses every valid portfolio, and the instalments of every invoice sum to its amount', () => {
    fc.assert(
      fc.property(portfolioInputs, (input) => {
        for (const invoice of parsePortfolio(input).invoices) {
          const sum = invoice.instalments.reduce((total, part) => total.plus(part.amount), decimal(0));
          expect(sum.equals(invoice.amount)).toBe(true);
        }
      }),
    );
  });

  it('is independent of the order of the customers list', () => {
    fc.assert(
      fc.property(portfolioInputs, fc.func(fc.integer()), (input, rank) => {
        const shuffled = [...(input.customers ?? [])].sort((a, b) => rank(a.id) - rank(b.id));
        const original = parsePortfolio(input);
        const reordered = parsePortfolio({ ...input, customers: shuffled });
        const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(byId(reordered.customers)).toEqual(byId(original.customers));
        expect({ ...reordered, customers: [] }).toEqual({ ...original, customers: [] });
      }),
    );
  });

  it('never throws anything but a ReceivablesError on arbitrary JSON, as the portfolio or as one invoice', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (raw) => {
        for (const document of [raw, { invoices: [raw] }, { customers: [raw], payments: [raw] }]) {
          try {
            parsePortfolio(document);
          } catch (error) {
            expect(isReceivablesError(error, 'INVALID_PORTFOLIO')).toBe(true);
          }
        }
      }),
    );
  });

  it('reports a broken field of a valid portfolio as issues, never as a crash', () => {
    fc.assert(
      fc.property(brokenPortfolios, ({ raw }) => {
        try {
          parsePortfolio(raw);
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_PORTFOLIO')).toBe(true);
          const issues = isReceivablesError(error) ? (error.details.issues ?? []) : [];
          expect(issues.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
