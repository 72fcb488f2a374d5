import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../InputProblem.ts';
import { summarizeSkipped } from '../summarizeSkipped.ts';

describe('summarizeSkipped', () => {
  it('says nothing when nothing was skipped', () => {
    expect(summarizeSkipped([])).toEqual([]);
  });

  it('counts each skipped row once, by file, with the codes of its problems', () => {
    expect(
      summarizeSkipped([
        { file: 'invoices.csv', row: 4, column: 'amount', code: 'INVALID_AMOUNT', reason: 'x' },
        { file: 'invoices.csv', row: 4, column: 'dueDate', code: 'INVALID_DATE', reason: 'x' },
        { file: 'invoices.csv', row: 9, column: 'amount', code: 'INVALID_AMOUNT', reason: 'x' },
        { file: 'payments.csv', row: 2, column: 'date', code: 'INVALID_DATE', reason: 'x' },
      ]),
    ).toEqual([
      'skipped 3 rows: 2 in invoices.csv (INVALID_AMOUNT, INVALID_DATE), 1 in payments.csv (INVALID_DATE)',
    ]);
  });

  it('tells the records of a --portfolio file apart by their JSON path, and lists the columns not read', () => {
    expect(
      summarizeSkipped([
        { file: 'ledger.json', column: 'invoices[3].amount', code: 'INVALID_AMOUNT', reason: 'x' },
        { file: 'ledger.json', column: 'invoices[3].dueDate', code: 'INVALID_DATE', reason: 'x' },
        { file: 'ledger.json', column: 'payments[3].date', code: 'INVALID_DATE', reason: 'x' },
        { file: 'customers.csv', column: 'regoin', code: 'INVALID_INPUT_FILE', reason: 'x' },
        { file: 'invoices.csv', column: '#7', code: 'INVALID_INPUT_FILE', reason: 'x' },
      ]),
    ).toEqual([
      'skipped 2 rows: 2 in ledger.json (INVALID_AMOUNT, INVALID_DATE)',
      'did not read 2 columns: "regoin" in customers.csv, "#7" in invoices.csv',
    ]);
    expect(summarizeSkipped([{ file: 'a.csv', row: 2, code: 'INVALID_RECORD', reason: 'x' }])).toEqual([
      'skipped 1 row: 1 in a.csv (INVALID_RECORD)',
    ]);
  });
});

describe('properties', () => {
  it('counts the distinct rows: the total is the number of different file and row pairs', () => {
    const problem = fc.record({
      file: fc.constantFrom('a.csv', 'b.csv'),
      row: fc.integer({ min: 2, max: 6 }),
      code: fc.constantFrom('INVALID_AMOUNT' as const, 'INVALID_DATE' as const),
      reason: fc.constant('x'),
    });
    fc.assert(
      fc.property(fc.array(problem, { minLength: 1, maxLength: 20 }), (problems: InputProblem[]) => {
        const distinct = new Set(problems.map((entry) => `${entry.file}:${entry.row}`)).size;
        const [line] = summarizeSkipped(problems);
        expect(line?.startsWith(`skipped ${distinct} row${distinct === 1 ? '' : 's'}: `)).toBe(true);
      }),
    );
  });
});
