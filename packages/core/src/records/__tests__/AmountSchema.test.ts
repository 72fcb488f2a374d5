import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toValidationIssues } from '../../errors/toValidationIssues.ts';
import { AmountSchema, decimal } from '../../index.ts';

function issuesFor(value: unknown) {
  const result = AmountSchema.safeParse(value, { reportInput: true });
  return result.success ? [] : toValidationIssues(result.error.issues);
}

describe('AmountSchema', () => {
  it('reads decimal text, numbers and Decimals exactly', () => {
    expect(AmountSchema.parse('1200.50').toString()).toBe('1200.5');
    expect(AmountSchema.parse(0.1).plus(AmountSchema.parse(0.2)).toString()).toBe('0.3');
    expect(AmountSchema.parse(new Decimal('12.345')).toString()).toBe('12.345');
    expect(AmountSchema.parse('-3').toString()).toBe('-3');
  });

  it('refuses what is not a finite decimal with invalid_amount, naming the value', () => {
    expect(issuesFor('12,5')).toEqual([
      { path: [], pathText: '', code: 'invalid_amount', message: '"12,5" is not a decimal number' },
    ]);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '', 'abc', null, undefined, true, {}, []]) {
      expect(issuesFor(value).map((issue) => issue.code)).toEqual(['invalid_amount']);
    }
  });

  it('shows only the JSON forms, a decimal string or a number, in JSON Schema', () => {
    const schema = z.toJSONSchema(AmountSchema, { io: 'input', unrepresentable: 'any' }) as {
      anyOf: { type: string; pattern?: string }[];
    };
    expect(schema.anyOf.map((option) => option.type)).toEqual(['string', 'number']);
    const pattern = new RegExp(schema.anyOf[0]?.pattern ?? '');
    expect(['1200.00', '-0.5', '1e3', ' 12 '].every((text) => pattern.test(text))).toBe(true);
    expect(['12,5', 'abc', ''].some((text) => pattern.test(text))).toBe(false);
  });
});

describe('properties', () => {
  it('reads a number as the decimal it prints as', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(AmountSchema.parse(value).equals(decimal(String(value)))).toBe(true);
      }),
    );
  });

  it('accepts exactly the strings that decimal() accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 8 }), fc.stringMatching(/^-?\d{1,4}(\.\d{0,3})?$/)),
        (text) => {
          let accepted = true;
          try {
            decimal(text);
          } catch {
            accepted = false;
          }
          expect(AmountSchema.safeParse(text).success).toBe(accepted);
        },
      ),
    );
  });
});
