import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toValidationIssues } from '../../errors/toValidationIssues.ts';
import { CurrencyCodeSchema, isCurrencyCode } from '../../index.ts';

function issuesFor(value: unknown) {
  const result = CurrencyCodeSchema.safeParse(value, { reportInput: true });
  return result.success ? [] : toValidationIssues(result.error.issues);
}

describe('CurrencyCodeSchema', () => {
  it('accepts known uppercase codes unchanged', () => {
    for (const code of ['CNY', 'USD', 'JPY', 'KWD', 'EUR']) expect(CurrencyCodeSchema.parse(code)).toBe(code);
  });

  it('refuses a lower-case code and names the spelling that would pass', () => {
    expect(issuesFor('cny')).toEqual([
      {
        path: [],
        pathText: '',
        code: 'invalid_currency',
        message: 'currency "cny" is not an ISO 4217 code: write it in upper case (CNY)',
      },
    ]);
  });

  it('refuses unknown codes and other shapes with invalid_currency', () => {
    for (const text of ['XXZ', 'CN', 'yuan', '']) {
      expect(issuesFor(text).map((issue) => issue.code)).toEqual(['invalid_currency']);
    }
  });

  it('is a three-letter uppercase string in JSON Schema', () => {
    expect(z.toJSONSchema(CurrencyCodeSchema, { io: 'input' })).toMatchObject({
      type: 'string',
      pattern: '^[A-Z]{3}$',
    });
  });
});

describe('properties', () => {
  it('agrees with isCurrencyCode on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 4 }), fc.stringMatching(/^[A-Z]{3}$/)), (text) => {
        expect(CurrencyCodeSchema.safeParse(text).success).toBe(isCurrencyCode(text));
      }),
    );
  });
});
