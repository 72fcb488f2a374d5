import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isReceivablesError, parseDispute, toDayNumber } from '../../index.ts';
import type { DisputeInput } from '../Dispute.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';

const base: DisputeInput = {
  id: 'D1',
  customerId: 'C1',
  invoiceId: 'INV-1',
  openedOn: '2026-05-02',
  amount: '100.00',
};

const invalid = (raw: unknown) => issuesOf('INVALID_RECORD', () => parseDispute(raw));

describe('parseDispute', () => {
  it('keeps an open dispute open: no resolvedOn, no instalment unless given', () => {
    const dispute = parseDispute(base);
    expect(Object.keys(dispute).sort()).toEqual(['amount', 'customerId', 'id', 'invoiceId', 'openedOn']);
    expect(parseDispute({ ...base, instalment: 2, resolvedOn: '2026-05-02' }).instalment).toBe(2);
  });

  it('resolved_before_opened: resolved before it was opened', () => {
    const issue = onlyIssue(invalid({ ...base, resolvedOn: '2026-05-01' }), 'resolved_before_opened');
    expect(issue.pathText).toBe('resolvedOn');
    expect(issue.message).toBe('resolved on 2026-05-01, before the dispute was opened on 2026-05-02');
  });

  it('amount_not_positive and invalid_instalment_number', () => {
    const issues = invalid({ ...base, amount: '-100', instalment: 0 });
    expect(onlyIssue(issues, 'amount_not_positive').pathText).toBe('amount');
    expect(onlyIssue(issues, 'invalid_instalment_number').pathText).toBe('instalment');
  });

  it('refuses a missing invoice id', () => {
    expect(onlyIssue(invalid({ ...base, invoiceId: undefined }), 'invalid_type').pathText).toBe('invoiceId');
  });
});

describe('properties', () => {
  it('accepts a resolution exactly when it is not before the opening', () => {
    const day = toDayNumber('2026-05-02');
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const raw = { ...base, resolvedOn: fromDayNumber(day + offset) };
        if (offset >= 0) expect(parseDispute(raw).resolvedOn).toBe(raw.resolvedOn);
        else expect(invalid(raw).map((issue) => issue.code)).toEqual(['resolved_before_opened']);
      }),
    );
  });

  it('never throws anything but a ReceivablesError, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        try {
          parseDispute({ ...base, resolvedOn: raw });
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
        }
      }),
    );
  });
});
