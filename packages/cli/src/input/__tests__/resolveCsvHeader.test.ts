import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InputKind } from '../InputKind.ts';
import { inputColumns } from '../inputColumns.ts';
import { resolveCsvHeader } from '../resolveCsvHeader.ts';

describe('resolveCsvHeader', () => {
  it('reads each column into its field, after --map, with tag columns for customers', () => {
    const header = resolveCsvHeader('customers', [' Kunde ', 'name', 'tag.region', 'Region2'], 'c.csv', {
      id: 'Kunde',
      'tag.area': 'Region2',
    });
    expect(header).toEqual({
      fields: ['id', 'name', 'tag.region', 'tag.area'],
      columns: { id: 'Kunde', name: 'name', 'tag.region': 'tag.region', 'tag.area': 'Region2' },
      fatal: [],
      unread: [],
    });
  });

  it('reports missing required columns and columns given twice as fatal, unknown ones as unread', () => {
    const header = resolveCsvHeader('payments', ['id', 'id', 'Currency', 'date', 'amount', 'tag.x'], 'p.csv');
    expect(header.fields).toEqual(['id', undefined, undefined, 'date', 'amount', undefined]);
    expect(header.fatal.map((problem) => problem.reason)).toEqual([
      'column "id" appears twice in the header (columns 1 and 2)',
      'the required column "customerId" is missing',
      'the required column "currency" is missing',
    ]);
    expect(header.unread.map((problem) => problem.reason)).toEqual([
      'unknown column "Currency": payments files have the columns id, customerId, currency, date, amount, reference; did you mean "currency"?',
      'unknown column "tag.x": payments files have the columns id, customerId, currency, date, amount, reference',
    ]);
  });
});

describe('properties', () => {
  it('a header of every field of a kind, in any order, reads every column and reports nothing', () => {
    const kinds = Object.keys(inputColumns) as InputKind[];
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds).chain((kind) =>
          fc.tuple(
            fc.constant(kind),
            fc.shuffledSubarray(
              inputColumns[kind].map((column) => column.field),
              { minLength: inputColumns[kind].length },
            ),
          ),
        ),
        ([kind, fields]) => {
          const header = resolveCsvHeader(kind, fields, 'x.csv');
          expect(header.fields).toEqual(fields);
          expect([...header.fatal, ...header.unread]).toEqual([]);
        },
      ),
    );
  });
});
