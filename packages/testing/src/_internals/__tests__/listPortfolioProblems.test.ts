import { decimal, type Invoice, type Portfolio } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { portfolioArbitrary } from '../../index.ts';
import { listPortfolioProblems } from '../listPortfolioProblems.ts';

const planInvoice: Invoice = {
  id: 'INV-1',
  customerId: 'C1',
  currency: 'CNY',
  issueDate: '2026-03-01',
  dueDate: '2027-05-01',
  amount: decimal('1000.00'),
  instalments: [
    { index: 1, dueDate: '2026-03-08', amount: decimal('300.00'), role: 'first' },
    { index: 2, dueDate: '2026-05-01', amount: decimal('600.00'), role: 'middle' },
    { index: 3, dueDate: '2027-05-01', amount: decimal('100.00'), role: 'final' },
  ],
};

const sound: Portfolio = {
  customers: [{ id: 'C1', name: 'Hengtai Machinery', tags: {} }],
  invoices: [planInvoice],
  payments: [
    {
      id: 'P1',
      customerId: 'C1',
      currency: 'CNY',
      date: '2026-03-08',
      amount: decimal('350.00'),
      applications: [{ invoiceId: 'INV-1', instalment: 1, amount: decimal('300.00') }],
    },
  ],
  creditNotes: [
    {
      id: 'CN1',
      customerId: 'C1',
      currency: 'CNY',
      date: '2026-04-01',
      amount: decimal('100.00'),
      applications: [{ invoiceId: 'INV-1', instalment: 3, amount: decimal('100.00') }],
    },
  ],
  disputes: [
    {
      id: 'D1',
      customerId: 'C1',
      invoiceId: 'INV-1',
      instalment: 2,
      openedOn: '2026-05-03',
      resolvedOn: '2026-06-01',
      amount: decimal('600.00'),
    },
  ],
  promises: [
    {
      id: 'PTP1',
      customerId: 'C1',
      invoiceIds: ['INV-1'],
      madeOn: '2026-05-10',
      promisedDate: '2026-05-20',
      amount: decimal('600.00'),
      currency: 'CNY',
      status: 'broken',
    },
  ],
};

/** The sound portfolio with one list replaced. */
function broken(change: Partial<Portfolio>): Portfolio {
  return { ...sound, ...change };
}

describe('listPortfolioProblems', () => {
  it('finds nothing wrong with a consistent portfolio', () => {
    expect(listPortfolioProblems(sound, { asOf: '2026-06-30' })).toEqual([]);
  });

  it('finds instalments that do not sum to the invoice, run backwards or carry the wrong role', () => {
    const [first, second, third] = planInvoice.instalments;
    const invoice: Invoice = {
      ...planInvoice,
      instalments: [
        { ...first!, dueDate: '2026-06-01' },
        { ...second!, role: 'final' },
        { ...third!, amount: decimal('99.99') },
      ],
    };
    expect(listPortfolioProblems(broken({ invoices: [invoice], payments: [], creditNotes: [] }))).toEqual([
      'invoice INV-1 instalment 2: role is final',
      'invoice INV-1 instalment 2: due 2026-05-01, before 2026-06-01',
      'invoice INV-1: instalments sum to 999.99, not 1000',
    ]);
  });

  it('finds applications beyond an instalment once payments and credit notes are added up', () => {
    const extra = { ...sound.creditNotes[0]!, id: 'CN2' };
    expect(listPortfolioProblems(broken({ creditNotes: [...sound.creditNotes, extra] }))).toEqual([
      'applications on INV-1#3 total 200, more than 100',
    ]);
  });

  it('finds money applied beyond its own amount, to unknown invoices and in another currency', () => {
    const payment = {
      ...sound.payments[0]!,
      currency: 'USD',
      amount: decimal('10.00'),
      applications: [
        { invoiceId: 'INV-9', amount: decimal('5.00') },
        { invoiceId: 'INV-1', amount: decimal('6.00') },
      ],
    };
    expect(listPortfolioProblems(broken({ payments: [payment] }))).toEqual([
      'payment P1: invoice INV-9 is unknown',
      'payment P1: invoice INV-1 is in CNY',
      'payment P1: applies 11, more than its amount',
    ]);
  });

  it('finds disputes beyond their instalment, resolved before opened, and dates after asOf', () => {
    const dispute = { ...sound.disputes[0]!, amount: decimal('600.01'), resolvedOn: '2026-05-01' };
    expect(listPortfolioProblems(broken({ disputes: [dispute] }), { asOf: '2026-05-05' })).toEqual([
      'dispute D1: resolved before it was opened',
      'disputes on INV-1#2 total 600.01, more than 600',
      'promise PTP1 madeOn: 2026-05-10 is after asOf 2026-05-05',
    ]);
  });

  it('finds promises made after their promised date, on another customer’s invoice, and duplicate ids', () => {
    const promise = { ...sound.promises[0]!, customerId: 'C2', promisedDate: '2026-05-01' };
    const customers = [...sound.customers, { id: 'C2', name: 'Huaxin Foods', tags: {} }];
    expect(listPortfolioProblems(broken({ customers, promises: [promise, promise] }))).toEqual([
      'promise id PTP1 is used twice',
      'promise PTP1: promises 2026-05-01, before it was made',
      "promise PTP1: invoice INV-1 is another customer's",
      'promise PTP1: promises 2026-05-01, before it was made',
      "promise PTP1: invoice INV-1 is another customer's",
    ]);
  });
});

describe('properties', () => {
  it('notices when any one application of a generated portfolio is inflated past its invoice', () => {
    fc.assert(
      fc.property(portfolioArbitrary({ maxInvoices: 6 }), (portfolio) => {
        const index = portfolio.payments.findIndex((payment) => payment.applications.length > 0);
        fc.pre(index >= 0);
        const payment = portfolio.payments[index]!;
        const application = payment.applications[0]!;
        const invoice = portfolio.invoices.find((candidate) => candidate.id === application.invoiceId)!;
        const inflated = application.amount.plus(invoice.amount);
        const payments = portfolio.payments.map((candidate, i) =>
          i === index
            ? {
                ...payment,
                amount: payment.amount.plus(invoice.amount),
                applications: [{ ...application, amount: inflated }],
              }
            : candidate,
        );
        expect(listPortfolioProblems({ ...portfolio, payments }).length).toBeGreaterThan(0);
      }),
    );
  });
});
