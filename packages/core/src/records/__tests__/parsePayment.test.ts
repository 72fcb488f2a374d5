import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, isReceivablesError, parsePayment } from '../../index.ts';
import type { PaymentInput } from '../Payment.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';
import { minorToText } from './portfolioArbitraries.ts';

const base: PaymentInput = {
  id: 'P1',
  customerId: 'C1',
  currency: 'CNY',
  date: '2026-04-10',
  amount: '500.00',
};

const invalid = (raw: unknown) => issuesOf('INVALID_RECORD', () => parsePayment(raw));

describe('parsePayment', () => {
  it('defaults applications to [] and keeps instalment numbers only when given', () => {
    expect(parsePayment(base).applications).toEqual([]);
    const payment = parsePayment({
      ...base,
      applications: [
        { invoiceId: 'INV-1', instalment: 2, amount: '300.00' },
        { invoiceId: 'INV-2', instalment: undefined, amount: 200 },
      ],
      reference: 'BOC-20260410-7',
    });
    expect(payment.applications).toEqual([
      { invoiceId: 'INV-1', instalment: 2, amount: decimal(300) },
      { invoiceId: 'INV-2', amount: decimal(200) },
    ]);
    expect('instalment' in (payment.applications[1] ?? {})).toBe(false);
    expect(payment.reference).toBe('BOC-20260410-7');
  });

  it('amount_not_positive: the payment or an application', () => {
    expect(onlyIssue(invalid({ ...base, amount: '-1' }), 'amount_not_positive').message).toBe(
      '-1 is not a positive amount',
    );
    const issue = onlyIssue(
      invalid({ ...base, applications: [{ invoiceId: 'INV-1', amount: 0 }] }),
      'amount_not_positive',
    );
    expect(issue.pathText).toBe('applications[0].amount');
  });

  it('too_precise: the payment or an application, against the payment currency', () => {
    expect(onlyIssue(invalid({ ...base, currency: 'JPY', amount: '500.5' }), 'too_precise').message).toBe(
      '500.5 has 1 decimal but JPY allows 0',
    );
    const issue = onlyIssue(
      invalid({ ...base, applications: [{ invoiceId: 'INV-1', amount: '1.005' }] }),
      'too_precise',
    );
    expect(issue.pathText).toBe('applications[0].amount');
    expect(issue.message).toBe('1.005 has 3 decimals but CNY allows 2');
  });

  it('invalid_instalment_number: zero, negative or fractional instalment numbers', () => {
    for (const instalment of [0, -1, 1.5]) {
      const issue = onlyIssue(
        invalid({ ...base, applications: [{ invoiceId: 'INV-1', instalment, amount: 1 }] }),
        'invalid_instalment_number',
      );
      expect(issue.pathText).toBe('applications[0].instalment');
      expect(issue.message).toBe(
        `${instalment} is not an instalment number: instalments are numbered 1, 2, 3, ...`,
      );
    }
  });

  it("over_applied: the applications exceed the payment's amount, at the application that tips it over", () => {
    const issue = onlyIssue(
      invalid({
        ...base,
        applications: [
          { invoiceId: 'INV-1', amount: '300.00' },
          { invoiceId: 'INV-2', amount: '200.01' },
          { invoiceId: 'INV-3', amount: '100.00' },
        ],
      }),
      'over_applied',
    );
    expect(issue.pathText).toBe('applications[1].amount');
    expect(issue.message).toBe("the applications reach 500.01, more than the payment's amount 500.00");
  });

  it('allows applications that use the whole amount exactly', () => {
    const payment = parsePayment({ ...base, applications: [{ invoiceId: 'INV-1', amount: '500.00' }] });
    expect(payment.applications).toHaveLength(1);
  });
});

describe('properties', () => {
  it('accepts applications up to the amount and refuses them beyond it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { maxLength: 5 }),
        (amount, parts) => {
          const raw = {
            ...base,
            amount: minorToText(amount, 2),
            applications: parts.map((part) => ({ invoiceId: 'INV-1', amount: minorToText(part, 2) })),
          };
          const applied = parts.reduce((sum, part) => sum + part, 0);
          if (applied <= amount) expect(parsePayment(raw).applications).toHaveLength(parts.length);
          else expect(invalid(raw).map((issue) => issue.code)).toEqual(['over_applied']);
        },
      ),
    );
  });

  it('never throws anything but a ReceivablesError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (raw) => {
        try {
          parsePayment({ ...base, applications: [raw] });
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
        }
      }),
    );
  });
});
