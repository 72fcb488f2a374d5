import { currencyMinorUnits, decimal, type Invoice } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceArbitrary } from '../../index.ts';
import { portfolioOf, throughCore } from './roundTrip.ts';

const customer = { id: 'C0001', name: 'Hengtai Machinery Co., Ltd.', tags: {} };

function instalmentTotal(invoice: Invoice) {
  return invoice.instalments.reduce((sum, instalment) => sum.plus(instalment.amount), decimal(0));
}

describe('invoiceArbitrary', () => {
  it('keeps the customer, a fixed id and a fixed currency', () => {
    for (const invoice of fc.sample(
      invoiceArbitrary({ customerId: 'C0001', id: 'INV-7', currency: 'JPY' }),
      20,
    )) {
      expect([invoice.customerId, invoice.id, invoice.currency]).toEqual(['C0001', 'INV-7', 'JPY']);
      expect(invoice.amount.isInteger()).toBe(true);
    }
  });

  it('draws plain invoices (one final instalment) and plans of up to four instalments', () => {
    const counts = new Set(
      fc.sample(invoiceArbitrary({ customerId: 'C1' }), 300).map((invoice) => invoice.instalments.length),
    );
    expect(counts).toEqual(new Set([1, 2, 3, 4]));
  });

  it('gives roles by position: first, middle, final; a lone instalment is final', () => {
    for (const invoice of fc.sample(invoiceArbitrary({ customerId: 'C1' }), 200)) {
      const roles = invoice.instalments.map((instalment) => instalment.role);
      const expected =
        roles.length === 1 ? ['final'] : ['first', ...Array(roles.length - 2).fill('middle'), 'final'];
      expect(roles).toEqual(expected);
    }
  });

  it('issues within the range asked for', () => {
    const invoices = fc.sample(
      invoiceArbitrary({ customerId: 'C1', issuedFrom: '2026-06-01', issuedTo: '2026-06-30' }),
      100,
    );
    expect(
      invoices.every((invoice) => invoice.issueDate >= '2026-06-01' && invoice.issueDate <= '2026-06-30'),
    ).toBe(true);
  });

  it('refuses a blank customer id, bad dates and unknown currencies', () => {
    expect(() => invoiceArbitrary({ customerId: ' ' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'invoiceArbitrary: customerId " " is not a record id',
      }),
    );
    expect(() => invoiceArbitrary({ customerId: 'C1', issuedFrom: '2026-13-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() =>
      invoiceArbitrary({ customerId: 'C1', issuedFrom: '2026-02-01', issuedTo: '2026-01-01' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => invoiceArbitrary({ customerId: 'C1', currency: 'XXX1' })).toThrow(
      expect.objectContaining({ code: 'INVALID_CURRENCY' }),
    );
  });
});

describe('properties', () => {
  it('preserves the total: the instalments sum exactly to the invoice amount', () => {
    fc.assert(
      fc.property(invoiceArbitrary({ customerId: 'C1' }), (invoice) =>
        instalmentTotal(invoice).equals(invoice.amount),
      ),
    );
  });

  it('never moves a due date backwards, never before issue, and ends on the invoice due date', () => {
    fc.assert(
      fc.property(invoiceArbitrary({ customerId: 'C1' }), (invoice) => {
        const dues = invoice.instalments.map((instalment) => instalment.dueDate);
        expect([...dues].sort()).toEqual(dues);
        expect(dues[0]! >= invoice.issueDate).toBe(true);
        expect(dues.at(-1)).toBe(invoice.dueDate);
      }),
    );
  });

  it('keeps every amount positive and within the currency’s minor unit', () => {
    fc.assert(
      fc.property(invoiceArbitrary({ customerId: 'C1' }), (invoice) =>
        [invoice.amount, ...invoice.instalments.map((instalment) => instalment.amount)].every(
          (amount) =>
            amount.isPositive() &&
            !amount.isZero() &&
            amount.decimalPlaces() <= currencyMinorUnits(invoice.currency),
        ),
      ),
    );
  });

  it('draws invoices core validates unchanged', () => {
    fc.assert(
      fc.property(invoiceArbitrary({ customerId: customer.id }), (invoice) => {
        const portfolio = portfolioOf({ customers: [customer], invoices: [invoice] });
        expect(throughCore(portfolio)).toEqual(portfolio);
      }),
    );
  });
});
