import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInputProblem } from '../formatInputProblem.ts';
import type { InputProblem } from '../InputProblem.ts';

describe('formatInputProblem', () => {
  it('writes file:row, the CSV column, the reason and the code', () => {
    expect(
      formatInputProblem({
        file: 'invoices.csv',
        row: 17,
        column: 'amount',
        value: '12,50',
        code: 'INVALID_AMOUNT',
        reason: '"12,50" is not a decimal number',
      }),
    ).toBe('invoices.csv:17: column amount: "12,50" is not a decimal number (INVALID_AMOUNT)');
  });

  it('names a path inside a JSON record with "at", and leaves out what a file-level problem lacks', () => {
    expect(
      formatInputProblem({
        file: 'ledger.JSON',
        column: 'invoices[3].amount',
        code: 'INVALID_AMOUNT',
        reason: 'bad',
      }),
    ).toBe('ledger.JSON: at invoices[3].amount: bad (INVALID_AMOUNT)');
    expect(
      formatInputProblem({
        file: 'customers.csv',
        column: 'regoin',
        code: 'INVALID_INPUT_FILE',
        reason: 'unknown column "regoin"',
      }),
    ).toBe('customers.csv: column regoin: unknown column "regoin" (INVALID_INPUT_FILE)');
    expect(formatInputProblem({ file: 'a.csv', code: 'INVALID_INPUT_FILE', reason: 'is empty' })).toBe(
      'a.csv: is empty (INVALID_INPUT_FILE)',
    );
  });
});

describe('properties', () => {
  const problems = fc.record(
    {
      file: fc.constantFrom('a.csv', 'b.json', 'data/c.csv'),
      row: fc.integer({ min: 1, max: 10_000 }),
      column: fc.string({ minLength: 1, maxLength: 10 }),
      code: fc.constantFrom(
        'INVALID_AMOUNT' as const,
        'INVALID_DATE' as const,
        'INVALID_INPUT_FILE' as const,
      ),
      reason: fc.string({ maxLength: 30 }),
    },
    { requiredKeys: ['file', 'code', 'reason'] },
  );

  it('one line that starts with the file and row and ends with the code in brackets', () => {
    fc.assert(
      fc.property(problems, (problem: InputProblem) => {
        const line = formatInputProblem(problem);
        expect(
          line.startsWith(`${problem.file}${problem.row === undefined ? '' : `:${problem.row}`}: `),
        ).toBe(true);
        expect(line.endsWith(` (${problem.code})`)).toBe(true);
        expect(line).toContain(problem.reason);
      }),
    );
  });
});
