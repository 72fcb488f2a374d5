import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreditNoteSchema, isReceivablesError, parseCreditNote } from '../../index.ts';
import type { CreditNoteInput } from '../CreditNote.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';

const base: CreditNoteInput = {
  id: 'CN1',
  customerId: 'C1',
  currency: 'KWD',
  date: '2026-04-12',
  amount: '80.125',
  reason: 'damaged in transit',
};

const invalid = (raw: unknown) => issuesOf('INVALID_RECORD', () => parseCreditNote(raw));

describe('parseCreditNote', () => {
  it('keeps the reason, reads three-decimal currencies exactly and defaults applications to []', () => {
    const note = parseCreditNote(base);
    expect(note.amount.toFixed(3)).toBe('80.125');
    expect(note.reason).toBe('damaged in transit');
    expect(note.applications).toEqual([]);
    expect('reason' in parseCreditNote({ ...base, reason: undefined })).toBe(false);
  });

  it('amount_not_positive, too_precise and over_applied, like a payment', () => {
    expect(onlyIssue(invalid({ ...base, amount: 0 }), 'amount_not_positive').pathText).toBe('amount');
    expect(onlyIssue(invalid({ ...base, amount: '80.1255' }), 'too_precise').message).toBe(
      '80.1255 has 4 decimals but KWD allows 3',
    );
    const issue = onlyIssue(
      invalid({ ...base, applications: [{ invoiceId: 'INV-1', amount: '80.126' }] }),
      'over_applied',
    );
    expect(issue.pathText).toBe('applications[0].amount');
    expect(issue.message).toBe("the applications reach 80.126, more than the credit note's amount 80.125");
  });

  it('refuses a blank reason and an unknown key', () => {
    const issues = invalid({ ...base, reason: '', note: 'x' });
    expect(issues.map((issue) => issue.code)).toEqual(['blank_text', 'unrecognized_keys']);
  });
});

describe('properties', () => {
  it('agrees with CreditNoteSchema on any amount text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,6}(\.\d{0,4})?$/), (amount) => {
        const fromSchema = CreditNoteSchema.safeParse({ ...base, amount });
        try {
          expect(parseCreditNote({ ...base, amount })).toEqual(fromSchema.data);
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
          expect(fromSchema.success).toBe(false);
        }
      }),
    );
  });
});
