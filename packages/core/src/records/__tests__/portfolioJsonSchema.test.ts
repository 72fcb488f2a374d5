import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditNoteJsonSchema,
  customerJsonSchema,
  disputeJsonSchema,
  invoiceJsonSchema,
  parsePortfolio,
  paymentJsonSchema,
  portfolioJsonSchema,
  promiseToPayJsonSchema,
  serializePortfolio,
} from '../../index.ts';
import { portfolioInputs } from './portfolioArbitraries.ts';

type JsonSchema = {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly minLength?: number;
};

/**
 * The JSON Schema keywords the record schemas use, checked the way a validator would: enough to tell
 * whether a document has the required keys, no unknown ones, and values of the declared types.
 */
function violations(schema: JsonSchema, value: unknown, path = '$'): string[] {
  if (schema.anyOf) {
    return schema.anyOf.some((option) => violations(option, value, path).length === 0)
      ? []
      : [`${path}: no anyOf option`];
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: not in enum`];
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: not a string`];
      if (schema.pattern && !new RegExp(schema.pattern).test(value))
        return [`${path}: does not match ${schema.pattern}`];
      if (schema.minLength !== undefined && value.length < schema.minLength) return [`${path}: too short`];
      return [];
    case 'number':
      return typeof value === 'number' ? [] : [`${path}: not a number`];
    case 'integer':
      if (!Number.isInteger(value)) return [`${path}: not an integer`];
      return schema.minimum !== undefined && (value as number) < schema.minimum
        ? [`${path}: below minimum`]
        : [];
    case 'array':
      if (!Array.isArray(value)) return [`${path}: not an array`];
      return value.flatMap((item, index) =>
        schema.items ? violations(schema.items, item, `${path}[${index}]`) : [],
      );
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${path}: not an object`];
      const record = value as Record<string, unknown>;
      const found = (schema.required ?? [])
        .filter((key) => !(key in record))
        .map((key) => `${path}.${key}: missing`);
      for (const [key, child] of Object.entries(record)) {
        const declared = schema.properties?.[key];
        if (declared) found.push(...violations(declared, child, `${path}.${key}`));
        else if (schema.additionalProperties === false) found.push(`${path}.${key}: not allowed`);
        else if (typeof schema.additionalProperties === 'object') {
          found.push(...violations(schema.additionalProperties, child, `${path}.${key}`));
        }
      }
      return found;
    }
    default:
      return [];
  }
}

const portfolioSchema = portfolioJsonSchema as JsonSchema;

describe('JSON Schemas of the records', () => {
  it('describe the input of each record, with the required keys and no others', () => {
    expect(customerJsonSchema).toMatchObject({
      type: 'object',
      required: ['id', 'name'],
      additionalProperties: false,
    });
    expect(invoiceJsonSchema).toMatchObject({
      type: 'object',
      required: ['id', 'customerId', 'currency', 'issueDate', 'amount'],
      additionalProperties: false,
    });
    expect(paymentJsonSchema).toMatchObject({ required: ['id', 'customerId', 'currency', 'date', 'amount'] });
    expect(creditNoteJsonSchema).toMatchObject({
      required: ['id', 'customerId', 'currency', 'date', 'amount'],
    });
    expect(disputeJsonSchema).toMatchObject({
      required: ['id', 'customerId', 'invoiceId', 'openedOn', 'amount'],
    });
    expect(promiseToPayJsonSchema).toMatchObject({
      required: ['id', 'customerId', 'madeOn', 'promisedDate', 'amount', 'currency'],
    });
    expect(portfolioJsonSchema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(portfolioSchema.required).toBeUndefined();
  });

  it('show dates as strings with format date and amounts as a decimal string or a number', () => {
    const invoice = invoiceJsonSchema as JsonSchema;
    expect(invoice.properties?.issueDate).toMatchObject({ type: 'string', format: 'date' });
    expect(invoice.properties?.amount?.anyOf?.map((option) => option.type)).toEqual(['string', 'number']);
    expect(invoice.properties?.instalments?.items?.properties?.role).toMatchObject({
      enum: ['first', 'middle', 'final'],
    });
  });

  it('are computed once and frozen, so no caller can change them for another', () => {
    expect(Object.isFrozen(portfolioJsonSchema)).toBe(true);
    expect(Object.isFrozen((invoiceJsonSchema as JsonSchema).properties?.amount)).toBe(true);
    expect(() => {
      (portfolioJsonSchema as Record<string, unknown>).type = 'array';
    }).toThrow(TypeError);
  });

  it('accept a valid portfolio document and reject misspelt keys, missing keys and wrong types', () => {
    const document = {
      customers: [{ id: 'C1', name: 'Hengda Trading', tags: { region: 'East' } }],
      invoices: [
        {
          id: 'INV-1',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-01',
          dueDate: '2026-03-31',
          amount: 1200,
        },
      ],
      payments: [
        {
          id: 'P1',
          customerId: 'C1',
          currency: 'CNY',
          date: '2026-03-20',
          amount: '1200.00',
          applications: [{ invoiceId: 'INV-1', instalment: 1, amount: '1200.00' }],
        },
      ],
    };
    expect(violations(portfolioSchema, document)).toEqual([]);
    expect(
      violations(portfolioSchema, { invoices: [{ ...document.invoices[0], dueDtae: '2026-03-31' }] }),
    ).toEqual(['$.invoices[0].dueDtae: not allowed']);
    expect(violations(portfolioSchema, { customers: [{ id: 'C1' }] })).toEqual([
      '$.customers[0].name: missing',
    ]);
    expect(violations(portfolioSchema, { invoices: [{ ...document.invoices[0], amount: true }] })).toEqual([
      '$.invoices[0].amount: no anyOf option',
    ]);
    expect(
      violations(portfolioSchema, {
        payments: [
          { ...document.payments[0], applications: [{ invoiceId: 'INV-1', instalment: 0, amount: 1 }] },
        ],
      }),
    ).toEqual(['$.payments[0].applications[0].instalment: below minimum']);
  });
});

describe('properties', () => {
  it('every serialized valid portfolio conforms to portfolioJsonSchema', () => {
    fc.assert(
      fc.property(portfolioInputs, (input) => {
        const document = JSON.parse(JSON.stringify(serializePortfolio(parsePortfolio(input))));
        expect(violations(portfolioSchema, document)).toEqual([]);
      }),
    );
  });

  it('every valid portfolio input, amounts as numbers or text, conforms to portfolioJsonSchema', () => {
    fc.assert(
      fc.property(portfolioInputs, (input) => {
        expect(violations(portfolioSchema, JSON.parse(JSON.stringify(input)))).toEqual([]);
      }),
    );
  });
});
