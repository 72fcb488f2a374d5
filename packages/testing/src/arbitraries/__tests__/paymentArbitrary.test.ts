import { decimal, type Invoice } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceArbitrary, paymentArbitrary } from '../../index.ts';
import { portfolioOf, throughCore } from './roundTrip.ts';

const customer = { id: 'C0001', name: 'Hengtai Machinery Co., Ltd.', tags: {} };
const plan: Invoice = {
  id: 'INV-000001',
  customerId: 'C0001',
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
const invoiceAndPayment = invoiceArbitrary({ customerId: customer.id }).chain((invoice) =>
  paymentArbitrary({ invoice }).map((payment) => ({ invoice, payment })),
);

describe('paymentArbitrary', () => {
  it('pays the invoice’s customer in the invoice’s currency, on or after its issue date', () => {
    for (const payment of fc.sample(paymentArbitrary({ invoice: plan, id: 'PAY-9' }), 50)) {
      expect([payment.id, payment.customerId, payment.currency]).toEqual(['PAY-9', 'C0001', 'CNY']);
      expect(payment.date >= plan.issueDate).toBe(true);
    }
  });

  it('draws unapplied payments, invoice-level and instalment-level applications, and cash left on account', () => {
    const payments = fc.sample(paymentArbitrary({ invoice: plan }), 300);
    expect(payments.some((payment) => payment.applications.length === 0)).toBe(true);
    expect(
      payments.some(
        (payment) => payment.applications[0]?.instalment === undefined && payment.applications.length === 1,
      ),
    ).toBe(true);
    expect(new Set(payments.map((payment) => payment.applications[0]?.instalment))).toEqual(
      new Set([undefined, 1, 2, 3]),
    );
    expect(payments.some((payment) => payment.amount.greaterThan(plan.amount))).toBe(true);
  });

  it('refuses an invoice whose amounts are finer than its currency', () => {
    const amount = decimal('1000.50');
    const invoice: Invoice = {
      ...plan,
      currency: 'JPY',
      amount,
      instalments: [{ index: 1, dueDate: plan.dueDate, amount, role: 'final' }],
    };
    expect(() => paymentArbitrary({ invoice })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: "paymentArbitrary: invoice INV-000001 has amounts finer than JPY's minor unit",
      }),
    );
  });
});

describe('properties', () => {
  it('never applies more than the payment, the invoice or the instalment', () => {
    fc.assert(
      fc.property(invoiceAndPayment, ({ invoice, payment }) => {
        for (const application of payment.applications) {
          const target =
            application.instalment === undefined ? invoice : invoice.instalments[application.instalment - 1];
          expect(application.amount.lte(payment.amount)).toBe(true);
          expect(target !== undefined && application.amount.lte(target.amount)).toBe(true);
          expect(application.amount.isPositive() && !application.amount.isZero()).toBe(true);
        }
      }),
    );
  });

  it('draws payments core validates unchanged, next to their invoice', () => {
    fc.assert(
      fc.property(invoiceAndPayment, ({ invoice, payment }) => {
        const portfolio = portfolioOf({ customers: [customer], invoices: [invoice], payments: [payment] });
        expect(throughCore(portfolio)).toEqual(portfolio);
      }),
    );
  });
});
