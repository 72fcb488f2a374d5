import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CustomerSchema, isReceivablesError, parseCustomer } from '../../index.ts';
import { issuesOf, onlyIssue } from './issuesOf.ts';

const invalid = (raw: unknown) => issuesOf('INVALID_RECORD', () => parseCustomer(raw));

describe('parseCustomer', () => {
  it('keeps what is given and defaults tags to {}', () => {
    expect(parseCustomer({ id: 'C1', name: 'Hengda Trading' })).toEqual({
      id: 'C1',
      name: 'Hengda Trading',
      tags: {},
    });
    expect(
      parseCustomer({
        id: 'C2',
        name: '华东机电',
        group: 'key-accounts',
        tags: { region: 'East', salesperson: 'Li Wei' },
        onboardedOn: '2024-06-01',
      }),
    ).toEqual({
      id: 'C2',
      name: '华东机电',
      group: 'key-accounts',
      tags: { region: 'East', salesperson: 'Li Wei' },
      onboardedOn: '2024-06-01',
    });
  });

  it('leaves optional fields absent when they are undefined in the input', () => {
    const customer = parseCustomer({ id: 'C1', name: 'Acme', group: undefined, onboardedOn: undefined });
    expect(Object.keys(customer).sort()).toEqual(['id', 'name', 'tags']);
  });

  it('refuses a blank name, a non-string tag and a date that does not exist, all at once', () => {
    const issues = invalid({ id: 'C1', name: ' ', tags: { region: 3 }, onboardedOn: '2025-02-29' });
    expect(issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['name', 'blank_text'],
      ['tags.region', 'invalid_type'],
      ['onboardedOn', 'invalid_date'],
    ]);
    expect(onlyIssue(issues, 'invalid_date').message).toBe(
      '"2025-02-29" is not a date: February 2025 has 28 days',
    );
  });

  it('refuses unknown keys', () => {
    expect(onlyIssue(invalid({ id: 'C1', name: 'Acme', region: 'East' }), 'unrecognized_keys').pathText).toBe(
      '',
    );
  });
});

describe('properties', () => {
  it('is idempotent: parsing a parsed customer gives it back', () => {
    const customers = fc.record(
      {
        id: fc.string({ minLength: 1 }).filter((text) => /\S/.test(text)),
        name: fc.string({ minLength: 1 }).filter((text) => /\S/.test(text)),
        tags: fc.dictionary(fc.string(), fc.string(), { noNullPrototype: true }),
      },
      { requiredKeys: ['id', 'name'] },
    );
    fc.assert(
      fc.property(customers, (input) => {
        const customer = parseCustomer(input);
        expect(parseCustomer(customer)).toEqual(customer);
        expect(CustomerSchema.parse(input)).toEqual(customer);
      }),
    );
  });

  it('never throws anything but a ReceivablesError, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (raw) => {
        try {
          parseCustomer(raw);
        } catch (error) {
          expect(isReceivablesError(error, 'INVALID_RECORD')).toBe(true);
        }
      }),
    );
  });
});
