import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isReceivablesError, parsePromiseToPay, toDayNumber } from '../../index.ts';
import type { PromiseToPayInput } from '../PromiseToPay.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';

const base: PromiseToPayInput = {
  id: 'PTP1',
  customerId: 'C1',
  madeOn: '2026-05-06',
  promisedDate: '2026-05-20',
  amount: '600.00',
  currency: 'CNY',
};

const invalid = (raw: unknown) => issuesOf('INVALID_RECORD', () => parsePromiseToPay(raw));

describe('parsePromiseToPay', () => {
  it("defaults status to open and invoiceIds to [] (the customer's balance)", () => {
    const promise = parsePromiseToPay(base);
    expect(promise.status).toBe('open');
    expect(promise.invoiceIds).toEqual([]);
    expect(parsePromiseToPay({ ...base, status: 'broken', invoiceIds: ['INV-1', 'INV-2'] })).toMatchObject({
      status: 'broken',
      invoiceIds: ['INV-1', 'INV-2'],
    });
  });

  it('promised_before_made: a promised date before the promise was made', () => {
    const issue = onlyIssue(invalid({ ...base, promisedDate: '2026-05-05' }), 'promised_before_made');
    expect(issue.pathText).toBe('promisedDate');
    expect(issue.message).toBe('promised date 2026-05-05 is before the day the promise was made, 2026-05-06');
  });

  it('too_precise and amount_not_positive', () => {
    expect(onlyIssue(invalid({ ...base, amount: '600.001' }), 'too_precise').message).toBe(
      '600.001 has 3 decimals but CNY allows 2',
    );
    expect(onlyIssue(invalid({ ...base, amount: 0 }), 'amount_not_positive').pathText).toBe('amount');
  });

  it('refuses an unknown status and a blank invoice id', () => {
    const issues = invalid({ ...base, status: 'pending', invoiceIds: ['INV-1', ''] });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['invoiceIds[1]', 'blank_text'],
      ['status', 'invalid_value'],
    ]);
  });
});

describe('properties', () => {
  it('accepts a promised date exactly when it is not before the day the promise was made', () => {
    const day = toDayNumber(base.madeOn);
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const raw = { ...base, promisedDate: fromDayNumber(day + offset) };
        if (offset >= 0) expect(parsePromiseToPay(raw).promisedDate).toBe(raw.promisedDate);
        else expect(invalid(raw).map((issue) => issue.code)).toEqual(['promised_before_made']);
      }),
    );
  });

  it('never throws anything but a ReceivablesError, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        try {
          parsePromiseToPay({ ...base, invoiceIds: raw });
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
        }
      }),
    );
  });
});
