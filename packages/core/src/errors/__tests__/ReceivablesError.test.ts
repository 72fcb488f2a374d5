import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { describeValue } from '../describeValue.ts';
import { formatPath } from '../formatPath.ts';
import { isReceivablesError } from '../isReceivablesError.ts';
import { ReceivablesError, receivablesErrorBrand } from '../ReceivablesError.ts';
import { throwValidationError } from '../throwValidationError.ts';
import { toValidationIssues } from '../toValidationIssues.ts';

describe('ReceivablesError', () => {
  it('carries code, path, details and cause', () => {
    const cause = new Error('low level');
    const error = new ReceivablesError('INVALID_DATE', 'parseIsoDate: "x" is not a date', {
      path: ['invoices', 2, 'dueDate'],
      details: { value: 'x' },
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ReceivablesError');
    expect(error.code).toBe('INVALID_DATE');
    expect(error.path).toEqual(['invoices', 2, 'dueDate']);
    expect(error.details).toEqual({ value: 'x' });
    expect(error.cause).toBe(cause);
  });

  it('is recognised across duplicate installs by its brand, not its prototype', () => {
    const foreign = Object.assign(new Error('from another copy'), { code: 'INVALID_AMOUNT' });
    Object.defineProperty(foreign, Symbol.for('@receivables/core/ReceivablesError'), { value: true });
    expect(isReceivablesError(foreign)).toBe(true);
    expect(isReceivablesError(foreign, 'INVALID_AMOUNT')).toBe(true);
    expect(isReceivablesError(foreign, 'INVALID_DATE')).toBe(false);
    expect(foreign instanceof ReceivablesError).toBe(true);
    expect(receivablesErrorBrand).toBe(Symbol.for('@receivables/core/ReceivablesError'));
  });

  it('rejects look-alikes without the brand', () => {
    expect(isReceivablesError(new Error('x'))).toBe(false);
    expect(isReceivablesError({ code: 'INVALID_DATE' })).toBe(false);
    expect(isReceivablesError(null)).toBe(false);
    expect(isReceivablesError('INVALID_DATE')).toBe(false);
    expect({} instanceof ReceivablesError).toBe(false);
  });
});

describe('formatPath', () => {
  it('writes keys and indexes as a reader finds them', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['invoices', 12, 'dueDate'])).toBe('invoices[12].dueDate');
    expect(formatPath([0, 'amount'])).toBe('[0].amount');
    expect(formatPath(['tags', 'sales person'])).toBe('tags["sales person"]');
  });
});

describe('describeValue', () => {
  it('shows values briefly', () => {
    expect(describeValue('2026-02-30')).toBe('"2026-02-30"');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue([1, 2])).toBe('an array of 2');
    expect(describeValue({ a: 1 })).toBe('an object');
    expect(describeValue(() => 1)).toBe('a function');
    expect(describeValue('x'.repeat(100))).toHaveLength(62);
  });
});

describe('throwValidationError and toValidationIssues', () => {
  it('lists every zod issue with its path and the value found', () => {
    const schema = z.object({ days: z.number().int(), name: z.string() });
    const result = schema.safeParse({ days: 1.5, name: 3 }, { reportInput: true });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : toValidationIssues(result.error.issues, ['policy']);
    expect(issues.map((issue) => issue.pathText)).toEqual(['policy.days', 'policy.name']);
    expect(issues[0]?.message).toContain('(got 1.5)');
    expect(issues[1]?.message).toContain('(got 3)');
  });

  it('throws one error whose message lists every issue', () => {
    const issues = [
      { path: ['a'], pathText: 'a', code: 'x', message: 'first reason' },
      { path: ['b', 1], pathText: 'b[1]', code: 'y', message: 'second reason' },
    ];
    try {
      throwValidationError('INVALID_PORTFOLIO', 'parsePortfolio', issues);
      expect.unreachable();
    } catch (error) {
      expect(isReceivablesError(error, 'INVALID_PORTFOLIO')).toBe(true);
      expect((error as ReceivablesError).message).toBe(
        'parsePortfolio: 2 problems\n  a: first reason\n  b[1]: second reason',
      );
      expect((error as ReceivablesError).details.issues).toEqual(issues);
    }
  });
});

describe('properties', () => {
  it('the guard and instanceof agree for every code', () => {
    const codes = ['INVALID_AMOUNT', 'INVALID_DATE', 'CURRENCY_MISMATCH', 'INVALID_PORTFOLIO'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.string(), (code, message) => {
        const error = new ReceivablesError(code, message);
        return (
          isReceivablesError(error, code) && error instanceof ReceivablesError && error.message === message
        );
      }),
    );
  });

  it('formatPath is injective on simple keys: different paths read differently', () => {
    const key = fc.oneof(fc.nat({ max: 50 }), fc.stringMatching(/^[a-z]{1,4}$/));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 4 }), fc.array(key, { maxLength: 4 }), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        return formatPath(a) !== formatPath(b);
      }),
    );
  });
});
