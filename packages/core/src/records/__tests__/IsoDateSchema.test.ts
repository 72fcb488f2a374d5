import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toValidationIssues } from '../../errors/toValidationIssues.ts';
import { IsoDateSchema } from '../../index.ts';

function issuesFor(value: unknown) {
  const result = IsoDateSchema.safeParse(value, { reportInput: true });
  return result.success ? [] : toValidationIssues(result.error.issues);
}

describe('IsoDateSchema', () => {
  it('accepts existing dates, including 29 February of a leap year', () => {
    expect(IsoDateSchema.parse('2028-02-29')).toBe('2028-02-29');
    expect(IsoDateSchema.parse('0001-01-01')).toBe('0001-01-01');
    expect(IsoDateSchema.parse('9999-12-31')).toBe('9999-12-31');
  });

  it('refuses a day that does not exist, saying why, with the code invalid_date', () => {
    expect(issuesFor('2026-02-30')).toEqual([
      {
        path: [],
        pathText: '',
        code: 'invalid_date',
        message: '"2026-02-30" is not a date: February 2026 has 28 days',
      },
    ]);
    expect(issuesFor('2026-13-01')[0]?.message).toBe('"2026-13-01" is not a date: there is no month 13');
  });

  it('refuses other spellings of a date', () => {
    for (const text of ['2026/02/01', '2026-2-1', '20260201', '', '0000-01-01']) {
      expect(issuesFor(text).map((issue) => issue.code)).toEqual(['invalid_date']);
    }
  });

  it('refuses a non-string with zod invalid_type', () => {
    expect(issuesFor(20260201)[0]?.code).toBe('invalid_type');
    expect(issuesFor(new Date(0))[0]?.code).toBe('invalid_type');
  });

  it('shows the path of the field inside a document', () => {
    const Holiday = z.object({ days: z.array(IsoDateSchema) });
    const result = Holiday.safeParse({ days: ['2026-01-01', '2026-04-31'] });
    const issues = result.success ? [] : toValidationIssues(result.error.issues);
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([['days[1]', 'invalid_date']]);
  });

  it('is a string with format date in JSON Schema', () => {
    expect(z.toJSONSchema(IsoDateSchema, { io: 'input' })).toMatchObject({ type: 'string', format: 'date' });
  });
});

describe('properties', () => {
  it('accepts a YYYY-MM-DD text exactly when that day exists in the proleptic Gregorian calendar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const probe = new Date(0);
          probe.setUTCFullYear(year, month - 1, day);
          const exists = probe.getUTCDate() === day;
          expect(IsoDateSchema.safeParse(text).success).toBe(exists);
        },
      ),
    );
  });
});
