import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimal, InvoiceSchema, isReceivablesError, parseInvoice } from '../../index.ts';
import type { InvoiceInput } from '../Invoice.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';
import { invoiceInputs } from './portfolioArbitraries.ts';

const base: InvoiceInput = {
  id: 'INV-1',
  customerId: 'C1',
  currency: 'CNY',
  issueDate: '2026-03-01',
  dueDate: '2026-03-31',
  amount: '1000.00',
};

const threeSixOne: InvoiceInput = {
  id: 'INV-2',
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

const invalid = (raw: unknown) => issuesOf('INVALID_RECORD', () => parseInvoice(raw));

describe('parseInvoice: defaults and normalisation', () => {
  it('makes one final instalment of the whole amount when there is no schedule', () => {
    const invoice = parseInvoice(base);
    expect(invoice.instalments).toEqual([
      { index: 1, dueDate: '2026-03-31', amount: decimal('1000'), role: 'final' },
    ]);
    expect(invoice.dueDate).toBe('2026-03-31');
  });

  it('numbers a 3-6-1 plan from 1 and gives roles by position, due date from the last instalment', () => {
    const invoice = parseInvoice(threeSixOne);
    expect(invoice.instalments.map((part) => [part.index, part.role, part.amount.toFixed(2)])).toEqual([
      [1, 'first', '300.00'],
      [2, 'middle', '600.00'],
      [3, 'final', '100.00'],
    ]);
    expect(invoice.dueDate).toBe('2027-06-01');
  });

  it('gives a lone listed instalment the final role, and two instalments first and final', () => {
    const lone = parseInvoice({
      ...base,
      dueDate: undefined,
      instalments: [{ dueDate: '2026-04-01', amount: 1000 }],
    });
    expect(lone.instalments.map((part) => part.role)).toEqual(['final']);
    const two = parseInvoice({
      ...base,
      dueDate: undefined,
      instalments: [
        { dueDate: '2026-04-01', amount: 500 },
        { dueDate: '2026-05-01', amount: 500 },
      ],
    });
    expect(two.instalments.map((part) => part.role)).toEqual(['first', 'final']);
  });

  it('keeps a role the input gives and fills only the missing ones', () => {
    const invoice = parseInvoice({
      ...threeSixOne,
      instalments: [
        { dueDate: '2026-03-01', amount: '300.00' },
        { dueDate: '2026-06-01', amount: '600.00', role: 'final' },
        { dueDate: '2027-06-01', amount: '100.00' },
      ],
    });
    expect(invoice.instalments.map((part) => part.role)).toEqual(['first', 'final', 'final']);
  });

  it('accepts a given due date that equals the last instalment', () => {
    expect(parseInvoice({ ...threeSixOne, dueDate: '2027-06-01' }).dueDate).toBe('2027-06-01');
  });

  it('leaves optional fields absent, never present as undefined', () => {
    const invoice = parseInvoice({ ...base, reference: undefined });
    expect('reference' in invoice).toBe(false);
    expect(parseInvoice({ ...base, reference: 'FP-2026-0001' }).reference).toBe('FP-2026-0001');
  });
});

describe('parseInvoice: record rules, one issue code each', () => {
  it('amount_not_positive: a zero or negative amount', () => {
    const issue = onlyIssue(invalid({ ...base, amount: 0 }), 'amount_not_positive');
    expect(issue.pathText).toBe('amount');
    expect(issue.message).toBe('0 is not a positive amount');
    const part = onlyIssue(
      invalid({ ...threeSixOne, instalments: [{ dueDate: '2026-04-01', amount: '-5' }] }),
      'amount_not_positive',
    );
    expect(part.pathText).toBe('instalments[0].amount');
  });

  it('too_precise: more decimals than the currency allows', () => {
    const issue = onlyIssue(invalid({ ...base, amount: '12.345' }), 'too_precise');
    expect(issue.pathText).toBe('amount');
    expect(issue.message).toBe('12.345 has 3 decimals but CNY allows 2');
    expect(onlyIssue(invalid({ ...base, currency: 'JPY', amount: 1.5 }), 'too_precise').message).toBe(
      '1.5 has 1 decimal but JPY allows 0',
    );
    expect(parseInvoice({ ...base, currency: 'KWD', amount: '1.234' }).amount.toString()).toBe('1.234');
    // Trailing zeros add no precision: 12.3400 is 12.34.
    expect(parseInvoice({ ...base, amount: '12.3400' }).amount.toString()).toBe('12.34');
  });

  it('too_precise: on an instalment, at its path', () => {
    const issues = invalid({
      ...threeSixOne,
      instalments: [
        { dueDate: '2026-03-01', amount: '300.001' },
        { dueDate: '2026-06-01', amount: '699.999' },
      ],
    });
    expect(issues.filter((issue) => issue.code === 'too_precise').map((issue) => issue.pathText)).toEqual([
      'instalments[0].amount',
      'instalments[1].amount',
    ]);
  });

  it('due_before_issue: the due date before the issue date', () => {
    const issue = onlyIssue(invalid({ ...base, dueDate: '2026-02-28' }), 'due_before_issue');
    expect(issue.pathText).toBe('dueDate');
    expect(issue.message).toBe('due date 2026-02-28 is before the issue date 2026-03-01');
    expect(parseInvoice({ ...base, dueDate: '2026-03-01' }).dueDate).toBe('2026-03-01');
  });

  it("due_before_issue: an instalment's due date before the issue date", () => {
    const issue = onlyIssue(
      invalid({ ...threeSixOne, issueDate: '2026-03-02', instalments: threeSixOne.instalments }),
      'due_before_issue',
    );
    expect(issue.pathText).toBe('instalments[0].dueDate');
    expect(issue.message).toBe('instalment 1 is due 2026-03-01, before the issue date 2026-03-02');
  });

  it('instalments_out_of_order: a due date before the previous instalment', () => {
    const issue = onlyIssue(
      invalid({
        ...threeSixOne,
        instalments: [
          { dueDate: '2026-06-01', amount: '300.00' },
          { dueDate: '2026-04-01', amount: '600.00' },
          { dueDate: '2027-06-01', amount: '100.00' },
        ],
      }),
      'instalments_out_of_order',
    );
    expect(issue.pathText).toBe('instalments[1].dueDate');
    expect(issue.message).toBe(
      'instalment 2 is due 2026-04-01, before instalment 1 (2026-06-01): due dates must not go backwards',
    );
  });

  it('allows two instalments on the same day', () => {
    const invoice = parseInvoice({
      ...threeSixOne,
      instalments: [
        { dueDate: '2026-06-01', amount: '900.00' },
        { dueDate: '2026-06-01', amount: '100.00' },
      ],
    });
    expect(invoice.instalments).toHaveLength(2);
  });

  it('instalments_sum: the instalments do not add up to the amount, showing both sums', () => {
    const issue = onlyIssue(invalid({ ...threeSixOne, amount: '1200' }), 'instalments_sum');
    expect(issue.pathText).toBe('instalments');
    expect(issue.message).toBe('the instalments sum to 1000.00 but the amount is 1200.00');
  });

  it('due_date_mismatch: a given due date other than the last instalment', () => {
    const issue = onlyIssue(invalid({ ...threeSixOne, dueDate: '2027-05-31' }), 'due_date_mismatch');
    expect(issue.pathText).toBe('dueDate');
    expect(issue.message).toBe("due date 2027-05-31 differs from the last instalment's due date 2027-06-01");
  });

  it('due_date_missing: neither a due date nor instalments', () => {
    const issue = onlyIssue(invalid({ ...base, dueDate: undefined }), 'due_date_missing');
    expect(issue.pathText).toBe('dueDate');
    expect(issue.message).toBe('invoice "INV-1" has neither a due date nor instalments');
  });

  it('refuses an empty instalment list rather than inventing a schedule', () => {
    expect(onlyIssue(invalid({ ...base, instalments: [] }), 'too_small').pathText).toBe('instalments');
  });
});

describe('parseInvoice: field problems', () => {
  it('invalid_date: names the path and the reason', () => {
    const issue = onlyIssue(invalid({ ...base, dueDate: '2026-02-30' }), 'invalid_date');
    expect(issue.pathText).toBe('dueDate');
    expect(issue.message).toBe('"2026-02-30" is not a date: February 2026 has 28 days');
  });

  it('unrecognized_keys: a misspelt field does not pass silently', () => {
    const issues = invalid({ ...base, dueDate: undefined, dueDtae: '2026-03-31' });
    expect(onlyIssue(issues, 'unrecognized_keys').message).toContain('dueDtae');
  });

  it('blank_text: an empty or blank id', () => {
    expect(onlyIssue(invalid({ ...base, id: '' }), 'blank_text').pathText).toBe('id');
    expect(onlyIssue(invalid({ ...base, customerId: '  ' }), 'blank_text').message).toBe(
      '"  " is blank: write at least one visible character',
    );
  });

  it('invalid_type: a missing field says it is missing', () => {
    const issue = onlyIssue(invalid({ ...base, customerId: undefined }), 'invalid_type');
    expect(issue.pathText).toBe('customerId');
    expect(issue.message).toBe('Missing value: expected string');
  });

  it('invalid_currency and invalid_amount at their paths', () => {
    const issues = invalid({ ...base, currency: 'RMB', amount: '1,000.00' });
    expect(onlyIssue(issues, 'invalid_currency').pathText).toBe('currency');
    expect(onlyIssue(issues, 'invalid_amount').message).toBe('"1,000.00" is not a decimal number');
  });

  it('reports every problem of the record at once, in one INVALID_RECORD error', () => {
    try {
      parseInvoice({ ...base, id: '', dueDate: '2026-02-28', amount: '12.345', extra: 1 });
      expect.unreachable();
    } catch (error) {
      expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
      const issues = isReceivablesError(error) ? (error.details.issues ?? []) : [];
      expect(issues.map((issue) => issue.code).sort()).toEqual(
        ['blank_text', 'due_before_issue', 'too_precise', 'unrecognized_keys'].sort(),
      );
      expect((error as Error).message.split('\n')[0]).toBe('parseInvoice: 4 problems');
    }
  });

  it('checks the rules on the fields that are valid even when others are not', () => {
    const issues = invalid({ ...base, currency: 'cny', dueDate: '2026-02-01' });
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_currency', 'due_before_issue']);
  });

  it('refuses what is not an object', () => {
    expect(invalid('INV-1').map((issue) => issue.code)).toEqual(['invalid_type']);
    expect(invalid(null).map((issue) => issue.code)).toEqual(['invalid_type']);
    expect(invalid([base]).map((issue) => issue.code)).toEqual(['invalid_type']);
  });
});

describe('properties', () => {
  it('preserves the total: the instalments of every parsed invoice sum to its amount', () => {
    fc.assert(
      fc.property(invoiceInputs, (input) => {
        const invoice = parseInvoice(input);
        const sum = invoice.instalments.reduce((total, part) => total.plus(part.amount), decimal(0));
        expect(sum.equals(invoice.amount)).toBe(true);
      }),
    );
  });

  it('numbers the schedule 1..n, ends it with a final instalment unless told otherwise, and takes the due date from its end', () => {
    fc.assert(
      fc.property(invoiceInputs, (input) => {
        const invoice = parseInvoice(input);
        expect(invoice.instalments.map((part) => part.index)).toEqual(
          invoice.instalments.map((_, i) => i + 1),
        );
        const last = invoice.instalments[invoice.instalments.length - 1];
        expect(invoice.dueDate).toBe(last?.dueDate);
        const lastGiven = input.instalments?.[input.instalments.length - 1]?.role;
        expect(last?.role).toBe(lastGiven ?? 'final');
      }),
    );
  });

  it('agrees with InvoiceSchema: parseInvoice returns exactly what the schema parses', () => {
    fc.assert(
      fc.property(invoiceInputs, (input) => {
        expect(parseInvoice(input)).toEqual(InvoiceSchema.parse(input));
      }),
    );
  });

  it('never throws anything but a ReceivablesError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (raw) => {
        try {
          parseInvoice(raw);
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
        }
      }),
    );
  });
});
