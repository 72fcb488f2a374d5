import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolio, serializePortfolio } from '../../index.ts';
import { portfolioInputs } from './portfolioArbitraries.ts';

const portfolio = parsePortfolio({
  customers: [{ id: 'C1', name: 'Hengda Trading', tags: { region: 'East' } }],
  invoices: [
    {
      id: 'INV-1',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-03-01',
      amount: 1000,
      instalments: [
        { dueDate: '2026-03-01', amount: 300 },
        { dueDate: '2026-06-01', amount: '600' },
        { dueDate: '2027-06-01', amount: '100.0' },
      ],
      reference: 'FP-0001',
    },
    {
      id: 'INV-2',
      customerId: 'C1',
      currency: 'JPY',
      issueDate: '2026-03-01',
      dueDate: '2026-04-01',
      amount: 5000,
    },
  ],
  payments: [
    {
      id: 'P1',
      customerId: 'C1',
      currency: 'CNY',
      date: '2026-03-02',
      amount: 300.5,
      applications: [{ invoiceId: 'INV-1', instalment: 1, amount: 300 }],
    },
  ],
  disputes: [{ id: 'D1', customerId: 'C1', invoiceId: 'INV-2', openedOn: '2026-04-02', amount: 1000 }],
  promises: [
    {
      id: 'PTP1',
      customerId: 'C1',
      madeOn: '2026-04-02',
      promisedDate: '2026-04-09',
      amount: 4000,
      currency: 'JPY',
    },
  ],
});

describe('serializePortfolio', () => {
  it("writes amounts with exactly the currency's minor-unit digits", () => {
    const data = serializePortfolio(portfolio);
    expect(data.invoices?.[0]?.amount).toBe('1000.00');
    expect(data.invoices?.[0]?.instalments?.map((part) => part.amount)).toEqual([
      '300.00',
      '600.00',
      '100.00',
    ]);
    expect(data.invoices?.[1]?.amount).toBe('5000');
    expect(data.payments?.[0]?.amount).toBe('300.50');
    expect(data.payments?.[0]?.applications).toEqual([
      { invoiceId: 'INV-1', instalment: 1, amount: '300.00' },
    ]);
    // A dispute has no currency of its own: it takes its invoice's.
    expect(data.disputes?.[0]?.amount).toBe('1000');
    expect(data.promises?.[0]?.amount).toBe('4000');
  });

  it('writes every instalment with its role, and every default explicitly', () => {
    const data = serializePortfolio(portfolio);
    expect(data.invoices?.[1]).toEqual({
      id: 'INV-2',
      customerId: 'C1',
      currency: 'JPY',
      issueDate: '2026-03-01',
      dueDate: '2026-04-01',
      amount: '5000',
      instalments: [{ dueDate: '2026-04-01', amount: '5000', role: 'final' }],
    });
    expect(data.creditNotes).toEqual([]);
    expect(data.promises?.[0]?.status).toBe('open');
    expect(data.promises?.[0]?.invoiceIds).toEqual([]);
  });

  it('keeps digits beyond the minor unit rather than rounding them away', () => {
    const invoice = portfolio.invoices[0];
    if (invoice === undefined) throw new Error('fixture has an invoice');
    const precise = { ...portfolio, invoices: [{ ...invoice, amount: invoice.amount.plus('0.001') }] };
    expect(serializePortfolio(precise).invoices?.[0]?.amount).toBe('1000.001');
  });

  it('gives data that parses back to the same portfolio', () => {
    expect(parsePortfolio(serializePortfolio(portfolio))).toEqual(portfolio);
  });
});

describe('properties', () => {
  it('round-trips: parse(serialize(parse(x))) equals parse(x)', () => {
    fc.assert(
      fc.property(portfolioInputs, (input) => {
        const parsed = parsePortfolio(input);
        expect(parsePortfolio(serializePortfolio(parsed))).toEqual(parsed);
      }),
    );
  });

  it('round-trips through JSON text: the serialized data is plain JSON that parses back', () => {
    fc.assert(
      fc.property(portfolioInputs, (input) => {
        const parsed = parsePortfolio(input);
        const text = JSON.stringify(serializePortfolio(parsed));
        expect(parsePortfolio(JSON.parse(text))).toEqual(parsed);
      }),
    );
  });

  it('is a fixed point: serializing the round-tripped portfolio gives the same data', () => {
    fc.assert(
      fc.property(portfolioInputs, (input) => {
        const data = serializePortfolio(parsePortfolio(input));
        expect(serializePortfolio(parsePortfolio(data))).toEqual(data);
      }),
    );
  });
});
