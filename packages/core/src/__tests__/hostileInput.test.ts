import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkHostileCall,
  checkLinearTime,
  deeplyNestedArbitrary,
  hostileAmountArbitrary,
  hostileDateArbitrary,
  hostileJsonArbitrary,
  hostileStringArbitrary,
  nearValidArbitrary,
  portfolioArbitrary,
  prototypeKeyObjectArbitrary,
} from '../../../testing/src/index.ts';
import {
  createBusinessCalendar,
  decimal,
  isIsoDate,
  money,
  type PortfolioInput,
  parseCreditNote,
  parseCurrency,
  parseCustomer,
  parseDispute,
  parseInvoice,
  parseIsoDate,
  parsePayment,
  parsePortfolio,
  parsePromiseToPay,
  serializePortfolio,
  toDecimalString,
} from '../index.ts';

/** Valid portfolios as a JSON file holds them: plain data, amounts as decimal text. */
const portfolioFiles: fc.Arbitrary<PortfolioInput> = portfolioArbitrary({ maxInvoices: 6 }).map(
  (portfolio) => JSON.parse(JSON.stringify(serializePortfolio(portfolio))) as PortfolioInput,
);

type RecordList = 'customers' | 'invoices' | 'payments' | 'creditNotes' | 'disputes' | 'promises';

/** Valid records of one kind, taken from valid portfolio files (skipping portfolios that have none). */
function recordFiles(list: RecordList): fc.Arbitrary<unknown> {
  return fc
    .tuple(portfolioFiles, fc.nat())
    .filter(([file]) => (file[list]?.length ?? 0) > 0)
    .map(([file, pick]) => {
      const records = file[list] as readonly unknown[];
      return records[pick % records.length];
    });
}

const RECORD_PARSERS: readonly (readonly [RecordList, (raw: unknown) => unknown])[] = [
  ['customers', parseCustomer],
  ['invoices', parseInvoice],
  ['payments', parsePayment],
  ['creditNotes', parseCreditNote],
  ['disputes', parseDispute],
  ['promises', parsePromiseToPay],
];

const json = hostileJsonArbitrary();

describe('inputs that once broke a reader', () => {
  it.each([
    ['1e99999999999999999', 'overflowed to an infinite Decimal'],
    ['1e-99999999999999999', 'underflowed to zero'],
    ['1e1000', 'is written out with a thousand zeros'],
  ])('decimal(%j), which %s, is AMOUNT_OUT_OF_RANGE', (text) => {
    expect(() => decimal(text)).toThrow(expect.objectContaining({ code: 'AMOUNT_OUT_OF_RANGE' }));
  });

  it('reads the largest and smallest decimals in range exactly', () => {
    expect(decimal('9.99e999').e).toBe(999);
    expect(decimal('1e-1000').e).toBe(-1000);
    expect(decimal('0e99999999999999999').isZero()).toBe(true);
  });

  it('refuses an invoice amount of 1e9999999 as a coded issue instead of writing ten million digits', () => {
    const file = {
      customers: [{ id: 'C1', name: 'Hengda Trading' }],
      invoices: [
        {
          id: 'INV-1',
          customerId: 'C1',
          currency: 'CNY',
          issueDate: '2026-03-01',
          dueDate: '2026-03-31',
          amount: '1e9999999',
        },
      ],
    };
    expect(() => parsePortfolio(file)).toThrow(
      expect.objectContaining({
        code: 'INVALID_PORTFOLIO',
        details: {
          issues: [expect.objectContaining({ pathText: 'invoices[0].amount', code: 'invalid_amount' })],
        },
      }),
    );
  });

  it('refuses an amount object whose "toString" is not a function with a coded issue', () => {
    const amount = JSON.parse('{"toString":null}') as unknown;
    const outcome = checkHostileCall(() =>
      parsePayment({ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-03-01', amount }),
    );
    expect(outcome.kind === 'rejected' && outcome.error.code).toBe('INVALID_RECORD');
  });

  it('refuses a record owning a __proto__ key as an unknown field, leaving Object.prototype alone', () => {
    const raw = JSON.parse('{"id":"C1","name":"Hengda","__proto__":{"polluted":"yes"}}') as unknown;
    const outcome = checkHostileCall(() => parseCustomer(raw));
    expect(outcome.kind === 'rejected' && outcome.error.details.issues?.map((issue) => issue.code)).toEqual([
      'unrecognized_keys',
    ]);
  });
});

describe('properties', () => {
  it('parsePortfolio contains arbitrary JSON: a coded error or a finite result, prototypes untouched', () => {
    fc.assert(fc.property(json, (raw) => void checkHostileCall(() => parsePortfolio(raw))));
  });

  it('parsePortfolio rejects a near-valid portfolio only with INVALID_PORTFOLIO listing coded issues', () => {
    fc.assert(
      fc.property(nearValidArbitrary(portfolioFiles), ({ value }) => {
        const outcome = checkHostileCall(() => parsePortfolio(value));
        if (outcome.kind === 'rejected') {
          expect(outcome.error.code).toBe('INVALID_PORTFOLIO');
          expect(outcome.error.details.issues?.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('parsePortfolio is stable on what it accepts: a parsed near-valid portfolio serializes and parses to itself', () => {
    fc.assert(
      fc.property(nearValidArbitrary(portfolioFiles, { values: hostileAmountArbitrary() }), ({ value }) => {
        const outcome = checkHostileCall(() => parsePortfolio(value));
        if (outcome.kind === 'returned') {
          const again = serializePortfolio(parsePortfolio(serializePortfolio(outcome.value)));
          expect(again).toEqual(serializePortfolio(outcome.value));
        }
      }),
    );
  });

  it('parsePortfolio refuses a customer owning prototype keys, never following them', () => {
    const withHostileCustomer = fc
      .tuple(portfolioFiles, fc.nat())
      .filter(([file]) => (file.customers?.length ?? 0) > 0)
      .chain(([file, pick]) => {
        const customers: readonly unknown[] = file.customers ?? [];
        const target = customers[pick % customers.length] as Record<string, unknown>;
        return prototypeKeyObjectArbitrary(target).map((hostile) => ({
          ...file,
          customers: customers.map((customer) => (customer === target ? hostile : customer)),
        }));
      });
    fc.assert(
      fc.property(withHostileCustomer, (file) => {
        expect(checkHostileCall(() => parsePortfolio(file)).kind).toBe('rejected');
      }),
    );
  });

  it('parsePortfolio refuses very deep nesting in any field with a coded error, not a stack overflow', () => {
    fc.assert(
      fc.property(
        nearValidArbitrary(portfolioFiles, { values: deeplyNestedArbitrary({ maxDepth: 20_000 }) }),
        ({ value }) => void checkHostileCall(() => parsePortfolio(value)),
      ),
      { numRuns: 30 },
    );
  });

  it.each(RECORD_PARSERS)('the %s parser contains arbitrary JSON and near-valid records', (list, parse) => {
    fc.assert(fc.property(json, (raw) => void checkHostileCall(() => parse(raw))));
    fc.assert(
      fc.property(nearValidArbitrary(recordFiles(list)), ({ value }) => {
        const outcome = checkHostileCall(() => parse(value));
        if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('INVALID_RECORD');
      }),
    );
  });

  it('decimal reads a hostile amount exactly or refuses it with INVALID_AMOUNT or AMOUNT_OUT_OF_RANGE', () => {
    fc.assert(
      fc.property(hostileAmountArbitrary(), (value) => {
        const outcome = checkHostileCall(() => decimal(value as string));
        if (outcome.kind === 'rejected') {
          expect(['INVALID_AMOUNT', 'AMOUNT_OUT_OF_RANGE']).toContain(outcome.error.code);
        } else {
          expect(decimal(outcome.value.toString()).equals(outcome.value)).toBe(true);
          expect(outcome.value.isZero() || Math.abs(outcome.value.e) <= 1000).toBe(true);
        }
      }),
    );
  });

  it('money writes back every hostile amount it accepts as the same decimal, in the currency digits', () => {
    fc.assert(
      fc.property(hostileAmountArbitrary(), fc.constantFrom('CNY', 'JPY', 'KWD'), (value, currency) => {
        const outcome = checkHostileCall(() => money(value as string, currency));
        if (outcome.kind === 'returned') {
          expect(decimal(toDecimalString(outcome.value)).equals(outcome.value.amount)).toBe(true);
        } else {
          expect(['INVALID_AMOUNT', 'AMOUNT_TOO_PRECISE', 'AMOUNT_OUT_OF_RANGE']).toContain(
            outcome.error.code,
          );
        }
      }),
    );
  });

  it('parseIsoDate returns exactly the text of a real date and refuses everything else with INVALID_DATE', () => {
    fc.assert(
      fc.property(hostileDateArbitrary(), (value) => {
        const outcome = checkHostileCall(() => parseIsoDate(value));
        if (outcome.kind === 'returned') expect(outcome.value).toBe(value);
        else expect(outcome.error.code).toBe('INVALID_DATE');
        expect(isIsoDate(value)).toBe(outcome.kind === 'returned');
      }),
    );
  });

  it('parseCurrency returns a three-letter upper-case code or refuses with INVALID_CURRENCY', () => {
    fc.assert(
      fc.property(fc.oneof(hostileStringArbitrary({ maxLength: 20 }), json), (value) => {
        const outcome = checkHostileCall(() => parseCurrency(value));
        if (outcome.kind === 'returned') expect(outcome.value).toMatch(/^[A-Z]{3}$/);
        else expect(outcome.error.code).toBe('INVALID_CURRENCY');
      }),
    );
  });

  it('createBusinessCalendar refuses arbitrary and near-valid definitions only with INVALID_CALENDAR', () => {
    const definitions = fc.constantFrom(
      {
        name: 'China 2025',
        weekend: [6, 7],
        holidays: ['2025-10-01', '2025-10-02'],
        workdays: ['2025-09-28'],
      },
      { weekend: [5], holidays: ['0001-01-01', '9999-12-31'] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          json,
          nearValidArbitrary(definitions).map(({ value }) => value),
        ),
        (definition) => {
          const outcome = checkHostileCall(() => createBusinessCalendar(definition as never));
          if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('INVALID_CALENDAR');
          else expect(typeof outcome.value.isBusinessDay('2026-01-01')).toBe('boolean');
        },
      ),
    );
  });

  it('takes linear time on long adversarial text in every field read by a regular expression', () => {
    const customer = (fields: Record<string, unknown>) => ({ id: 'C1', name: 'Hengda Trading', ...fields });
    checkLinearTime((text) => decimal(text));
    checkLinearTime((text) => money('1', text));
    checkLinearTime((text) => parseCustomer(customer({ name: text })));
    checkLinearTime((text) => parsePortfolio({ customers: [customer({ tags: { [text]: 5 } })] }));
    checkLinearTime((text) => parseIsoDate(text));
  }, 120_000);
});
