import { isReceivablesError, parseInvoice, parsePayment } from '@receivables/core';
import { generatePortfolioInput } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputColumns } from '../inputColumns.ts';
import type { RowContext } from '../RowContext.ts';
import { rowProblemsFromIssues } from '../rowProblemsFromIssues.ts';
import { creditNoteApplicationFromRow } from '../rows/creditNoteApplicationFromRow.ts';
import { creditNoteFromRow } from '../rows/creditNoteFromRow.ts';
import { creditProfileFromRow } from '../rows/creditProfileFromRow.ts';
import { customerFromRow } from '../rows/customerFromRow.ts';
import { disputeFromRow } from '../rows/disputeFromRow.ts';
import { historyEntryFromRow } from '../rows/historyEntryFromRow.ts';
import { instalmentFromRow } from '../rows/instalmentFromRow.ts';
import { invoiceFromRow } from '../rows/invoiceFromRow.ts';
import { paymentApplicationFromRow } from '../rows/paymentApplicationFromRow.ts';
import { paymentFromRow } from '../rows/paymentFromRow.ts';
import { promiseFromRow } from '../rows/promiseFromRow.ts';
import { portfolioCsvTables } from './inputFixtures.ts';

const context: RowContext = { file: 'x.csv' };

describe('row converters', () => {
  it('reads the core kinds as text, empty cells as absent, spaces trimmed', () => {
    expect(
      invoiceFromRow(
        {
          id: ' INV-1 ',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-01',
          dueDate: '',
          amount: '5.00',
        },
        2,
        context,
      ),
    ).toEqual({
      ok: true,
      value: {
        id: 'INV-1',
        customerId: 'C1',
        currency: 'CNY',
        issueDate: '2026-03-01',
        dueDate: undefined,
        amount: '5.00',
        reference: undefined,
      },
    });
    expect(
      paymentFromRow(
        { id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-01', amount: '5', reference: 'B-1' },
        2,
        context,
      ),
    ).toMatchObject({
      ok: true,
      value: { id: 'P1', reference: 'B-1' },
    });
    expect(
      creditNoteFromRow(
        { id: 'CN1', customerId: 'C1', currency: 'CNY', date: '2026-04-01', amount: '5' },
        2,
        context,
      ),
    ).toMatchObject({
      ok: true,
      value: { id: 'CN1', reason: undefined },
    });
    expect(
      customerFromRow({ id: 'C1', name: 'Acme', 'tag.region': 'East', 'tag.channel': ' ' }, 2, context),
    ).toEqual({
      ok: true,
      value: { id: 'C1', name: 'Acme', group: undefined, tags: { region: 'East' }, onboardedOn: undefined },
    });
    expect(promiseFromRow({ id: 'PTP1', invoiceIds: 'INV-1;;INV-2 ; ' }, 2, context)).toMatchObject({
      ok: true,
      value: { invoiceIds: ['INV-1', 'INV-2'], status: undefined },
    });
    expect(disputeFromRow({ id: 'D1', instalment: '2' }, 2, context)).toMatchObject({
      ok: true,
      value: { instalment: 2 },
    });
  });

  it('reads instalment and application rows with the id that joins them to their record', () => {
    expect(
      instalmentFromRow(
        { invoiceId: 'INV-1', dueDate: '2026-04-01', amount: '5.00', role: 'final' },
        3,
        context,
      ),
    ).toEqual({
      ok: true,
      value: {
        invoiceId: 'INV-1',
        number: undefined,
        instalment: { dueDate: '2026-04-01', amount: '5.00', role: 'final' },
      },
    });
    expect(
      paymentApplicationFromRow({ paymentId: 'P1', invoiceId: 'INV-1', amount: '5.00' }, 2, context),
    ).toEqual({
      ok: true,
      value: { paymentId: 'P1', application: { invoiceId: 'INV-1', instalment: undefined, amount: '5.00' } },
    });
    expect(
      creditNoteApplicationFromRow(
        { creditNoteId: 'CN1', invoiceId: 'INV-1', instalment: '2', amount: '5.00' },
        2,
        context,
      ),
    ).toMatchObject({
      ok: true,
      value: { creditNoteId: 'CN1', application: { instalment: 2 } },
    });
  });

  it('refuses a row without the id that joins it, or with an instalment that is not a number', () => {
    const columns: RowContext = { file: 'pa.csv', columns: { paymentId: 'Zahlung' } };
    expect(
      paymentApplicationFromRow(
        { paymentId: '', invoiceId: 'INV-1', instalment: 'x', amount: '5' },
        7,
        columns,
      ),
    ).toEqual({
      ok: false,
      problems: [
        {
          file: 'pa.csv',
          row: 7,
          column: 'Zahlung',
          code: 'INVALID_RECORD',
          reason: 'the cell is empty but a value is required',
        },
        {
          file: 'pa.csv',
          row: 7,
          column: 'instalment',
          value: 'x',
          code: 'INVALID_RECORD',
          reason: '"x" is not a number',
        },
      ],
    });
    expect(creditNoteApplicationFromRow({ invoiceId: 'INV-1', amount: '5' }, 2, context).ok).toBe(false);
    expect(
      instalmentFromRow({ invoiceId: 'INV-1', number: '0', dueDate: '2026-04-01', amount: '5' }, 2, context),
    ).toMatchObject({
      ok: false,
      problems: [{ column: 'number', value: '0' }],
    });
    expect(disputeFromRow({ id: 'D1', instalment: 'two' }, 2, context)).toMatchObject({
      ok: false,
      problems: [{ column: 'instalment' }],
    });
  });

  it('validates credit profiles and history entries themselves, naming the mapped column', () => {
    const mapped: RowContext = { file: 'cp.csv', columns: { onTimeRatio: 'Pünktlich' } };
    expect(creditProfileFromRow({ customerId: 'C1', onTimeRatio: '1.2' }, 4, mapped)).toEqual({
      ok: false,
      problems: [
        {
          file: 'cp.csv',
          row: 4,
          column: 'Pünktlich',
          value: '1.2',
          code: 'INVALID_RECORD',
          reason: '1.2 is not a share from 0 to 1 (0.95 for 95%)',
        },
      ],
    });
    expect(creditProfileFromRow({ customerId: '', currency: 'cny' }, 2, context)).toMatchObject({
      ok: false,
      problems: [
        { column: 'customerId', reason: 'the cell is empty but a value is required' },
        { column: 'currency', code: 'INVALID_CURRENCY' },
      ],
    });
    expect(
      creditProfileFromRow(
        {
          customerId: 'C1',
          licenceRevoked: 'YES',
          deregistered: '0',
          cycleMonths: '1',
          workingCapital: '-10.5',
        },
        2,
        context,
      ),
    ).toMatchObject({
      ok: true,
      value: { customerId: 'C1', licenceRevoked: true, deregistered: false, cycleMonths: 1 },
    });
    expect(
      historyEntryFromRow({ kind: 'deliveredDemand', date: '2026-04-01', customerId: 'C1' }, 2, context),
    ).toEqual({
      ok: true,
      value: { kind: 'deliveredDemand', date: '2026-04-01', customerId: 'C1' },
    });
    expect(historyEntryFromRow({ kind: '', date: '', customerId: 'C1' }, 2, context)).toMatchObject({
      ok: false,
      problems: [
        { column: 'kind', reason: 'the cell is empty but a value is required' },
        { column: 'date', reason: 'the cell is empty but a value is required' },
      ],
    });
  });

  it('lets a streaming reader name core issues by row and column (rowProblemsFromIssues)', () => {
    const cells = { id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-04-31', amount: '-5' };
    const converted = paymentFromRow(cells, 9, context);
    let problems: unknown;
    try {
      if (converted.ok) parsePayment(converted.value);
    } catch (error) {
      if (isReceivablesError(error))
        problems = rowProblemsFromIssues(
          error.details.issues ?? [],
          converted.ok ? converted.value : {},
          9,
          context,
        );
    }
    expect(problems).toEqual([
      {
        file: 'x.csv',
        row: 9,
        column: 'date',
        value: '2026-04-31',
        code: 'INVALID_DATE',
        reason: '"2026-04-31" is not a date: April 2026 has 30 days',
      },
      {
        file: 'x.csv',
        row: 9,
        column: 'amount',
        value: '-5',
        code: 'INVALID_RECORD',
        reason: '-5 is not a positive amount',
      },
    ]);
  });
});

describe('properties', () => {
  const converters = [
    customerFromRow,
    invoiceFromRow,
    instalmentFromRow,
    paymentFromRow,
    paymentApplicationFromRow,
    creditNoteFromRow,
    creditNoteApplicationFromRow,
    disputeFromRow,
    promiseFromRow,
    creditProfileFromRow,
    historyEntryFromRow,
  ];
  const fields = [
    ...new Set(Object.values(inputColumns).flatMap((columns) => columns.map((column) => column.field))),
  ];

  it('never throws: any cells give a record or problems that name the row and a column', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...converters),
        fc.dictionary(fc.constantFrom(...fields, 'tag.x'), fc.string({ maxLength: 12 })),
        fc.integer({ min: 2, max: 1_000_000 }),
        (convert, cells, row) => {
          const result = convert(cells, row, context);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) expect(problem).toMatchObject({ file: 'x.csv', row });
          }
        },
      ),
    );
  });

  it('reads back what was written: an invoice row, validated by core, equals the invoice parsed by core', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (seed) => {
        const input = generatePortfolioInput({ seed, customers: 2, invoices: 6 });
        const table = portfolioCsvTables(input).invoices;
        if (table === undefined) throw new Error('an invoices table is always written');
        table.rows.forEach((cells, index) => {
          const original = input.invoices?.[index];
          const record = Object.fromEntries(
            table.columns.map((column, position) => [column, cells[position]]),
          );
          const result = invoiceFromRow(record, index + 2, context);
          if (!result.ok || original === undefined) throw new Error('an invoice row always converts');
          const { instalments: _, ...withoutSchedule } = original;
          expect(parseInvoice(result.value)).toEqual(parseInvoice(withoutSchedule));
        });
      }),
      { numRuns: 30 },
    );
  });
});
