import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import { renderCommandResult } from '../renderCommandResult.ts';
import { renderCsv } from '../renderCsv.ts';
import { renderJson } from '../renderJson.ts';
import { renderMarkdown } from '../renderMarkdown.ts';
import { renderTables } from '../renderTables.ts';

const balances: OutputTable = {
  id: 'balances',
  title: 'Balances',
  columns: [
    { key: 'customer', label: 'Customer' },
    { key: 'balance', label: 'Balance', align: 'right' },
  ],
  rows: [
    { customer: 'Hengda | East', balance: '1200.00' },
    { customer: '恒大贸易', balance: '5.50' },
  ],
  notes: ['2 customers'],
};

const second: OutputTable = {
  id: 'totals',
  title: 'Totals',
  columns: [{ key: 'total', label: 'Total', align: 'right' }],
  rows: [{ total: '1205.50' }],
};

const result: CommandResult = {
  tables: [balances, second],
  json: { total: '1205.50', balances: [{ customer: 'Hengda | East', balance: '1200.00' }] },
};

const ESC = String.fromCharCode(27);

describe('renderTables', () => {
  it('draws the title, the table with right-aligned numbers and wide characters, then the notes', () => {
    expect(renderTables([balances])).toBe(
      [
        'Balances',
        '┌───────────────┬─────────┐',
        '│ Customer      │ Balance │',
        '├───────────────┼─────────┤',
        '│ Hengda | East │ 1200.00 │',
        '│ 恒大贸易      │    5.50 │',
        '└───────────────┴─────────┘',
        '2 customers',
        '',
      ].join('\n'),
    );
  });

  it('separates tables by a blank line', () => {
    const text = renderTables([balances, second]);
    expect(text).toContain('2 customers\n\nTotals\n');
  });

  it('uses no escape codes without colours, and bold titles and headings with them', () => {
    expect(renderTables([balances])).not.toContain(ESC);
    const coloured = renderTables([balances], { colors: true });
    expect(coloured.startsWith(`${ESC}[1mBalances${ESC}[22m\n`)).toBe(true);
    expect(coloured).toContain(`${ESC}[1mCustomer${ESC}[22m`);
  });

  it('prints a table without rows as its heading only', () => {
    const text = renderTables([{ ...second, rows: [] }]);
    expect(text.split('\n')).toEqual(['Totals', '┌───────┐', '│ Total │', '└───────┘', '']);
  });
});

describe('renderMarkdown', () => {
  it('writes a GitHub table under a heading with escaped pipes and notes as a list', () => {
    expect(renderMarkdown([balances])).toBe(
      [
        '## Balances',
        '',
        '| Customer | Balance |',
        '| --- | ---: |',
        '| Hengda \\| East | 1200.00 |',
        '| 恒大贸易 | 5.50 |',
        '',
        '- 2 customers',
        '',
      ].join('\n'),
    );
  });

  it('escapes backslashes and turns line breaks into <br>', () => {
    const text = renderMarkdown([{ ...second, rows: [{ total: 'a\\|b\nc' }] }]);
    expect(text).toContain('| a\\\\\\|b<br>c |');
  });
});

describe('renderCsv', () => {
  it('writes the column keys as header and quotes only where RFC 4180 needs it', () => {
    const table: OutputTable = {
      ...balances,
      rows: [{ customer: 'Lianhua, "Foods"', balance: '3.00' }, { customer: 'C2' }],
    };
    expect(renderCsv(table)).toBe('customer,balance\n"Lianhua, ""Foods""",3.00\nC2,\n');
  });
});

describe('renderJson', () => {
  it('indents by 2 spaces, sorts keys at every depth, keeps array order and ends with a newline', () => {
    expect(renderJson({ b: [3, 1], a: { z: null, y: 'x' } })).toBe(
      '{\n  "a": {\n    "y": "x",\n    "z": null\n  },\n  "b": [\n    3,\n    1\n  ]\n}\n',
    );
  });

  it('writes decimals as their exact text through toJSON', () => {
    const exact = { toJSON: () => '0.1000000000000000000001' };
    expect(renderJson({ value: exact })).toBe('{\n  "value": "0.1000000000000000000001"\n}\n');
  });

  it('keeps a "__proto__" key as data', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
    expect(JSON.parse(renderJson(value))).toEqual(value);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('renderCommandResult', () => {
  it('prints every table for table and md, the first table for csv, the json for json', () => {
    expect(renderCommandResult(result, { format: 'table' })).toBe(renderTables([balances, second]));
    expect(renderCommandResult(result, { format: 'md' })).toBe(renderMarkdown([balances, second]));
    expect(renderCommandResult(result, { format: 'csv' })).toBe(renderCsv(balances));
    expect(renderCommandResult(result, { format: 'json' })).toBe(renderJson(result.json));
  });

  it('writes a document as it is, except for json', () => {
    const report: CommandResult = { ...result, document: '<!doctype html><p>report</p>' };
    for (const format of ['table', 'md', 'csv'] as const) {
      expect(renderCommandResult(report, { format })).toBe('<!doctype html><p>report</p>');
    }
    expect(renderCommandResult(report, { format: 'json' })).toBe(renderJson(result.json));
  });

  it('prints nothing for csv when there is no table', () => {
    expect(renderCommandResult({ tables: [], json: {} }, { format: 'csv' })).toBe('');
  });

  it('colours table output only when asked', () => {
    expect(renderCommandResult(result, { format: 'table', colors: true })).toContain(ESC);
    expect(renderCommandResult(result, { format: 'md', colors: true })).not.toContain(ESC);
  });
});

const cell = fc.string({ unit: 'binary', maxLength: 12 });
const tableArbitrary = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/), { minLength: 1, maxLength: 4 })
  .chain((keys) =>
    fc.record({
      keys: fc.constant(keys),
      rows: fc.array(fc.tuple(...keys.map(() => cell)), { maxLength: 6 }),
    }),
  )
  .map(
    ({ keys, rows }): OutputTable => ({
      id: 't',
      title: 'T',
      columns: keys.map((key) => ({ key, label: key })),
      rows: rows.map((values) => Object.fromEntries(keys.map((key, index) => [key, values[index] ?? '']))),
    }),
  );

describe('properties', () => {
  it('csv round-trips: parsing the output gives back the keys and every cell unchanged', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const records = parse(renderCsv(table), { relax_column_count: false }) as string[][];
        const keys = table.columns.map((column) => column.key);
        expect(records).toEqual([keys, ...table.rows.map((row) => keys.map((key) => row[key] ?? ''))]);
      }),
    );
  });

  it('markdown keeps the grid: every row line has exactly one cell per column', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const lines = renderMarkdown([table])
          .split('\n')
          .slice(2, 4 + table.rows.length);
        for (const line of lines) {
          // Cells are separated by pipes that no backslash escapes (a doubled backslash escapes itself).
          const separators = line.match(/(?<!\\)(?:\\\\)*\|/g) ?? [];
          expect(separators.length).toBe(table.columns.length + 1);
          expect(line).not.toMatch(/[\r\n]/);
        }
      }),
    );
  });

  it('json is stable: the output does not depend on the order keys were inserted in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(renderJson(reversed)).toBe(renderJson(value));
        expect(JSON.parse(renderJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('table output without colours holds no escape code and shows every single-line cell', () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const text = renderTables([table]);
        expect(text.includes(ESC)).toBe(false);
        for (const row of table.rows) {
          for (const value of Object.values(row)) {
            if (/^[\x20-\x7e]*$/.test(value)) expect(text).toContain(value.trim());
          }
        }
      }),
    );
  });
});
