import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHostileCall } from '../../../testing/src/index.ts';
import {
  addBusinessDays,
  addDays,
  addMoney,
  addMonths,
  addYears,
  allocate,
  decimal,
  differenceInDays,
  eachDayOfInterval,
  type InstalmentInput,
  mondayToFridayCalendar,
  money,
  multiplyMoney,
  nextBusinessDay,
  parseInvoice,
  parsePortfolio,
  previousBusinessDay,
  serializePortfolio,
  sumMoney,
  toDecimalString,
  toMinorUnits,
} from '../index.ts';

/** A 30-digit amount with cents: more than any ledger holds, well inside the suite's 60 digits. */
const THIRTY_DIGITS = '123456789012345678901234567890.12';

const code = (code: string) => expect.objectContaining({ code });

describe('amounts with 30 digits before the point', () => {
  it('are read, added, summed, multiplied and split exactly', () => {
    const big = money(THIRTY_DIGITS, 'CNY');
    expect(toDecimalString(big)).toBe(THIRTY_DIGITS);
    expect(toDecimalString(addMoney(big, money('0.88', 'CNY')))).toBe('123456789012345678901234567891.00');
    expect(toDecimalString(sumMoney([big, big, big], 'CNY'))).toBe('370370367037037036703703703670.36');
    expect(toDecimalString(multiplyMoney(big, '0.5'))).toBe('61728394506172839450617283945.06');
    const parts = allocate(big, [1, 1, 1]);
    expect(toDecimalString(sumMoney(parts, 'CNY'))).toBe(THIRTY_DIGITS);
  });

  it('are refused by toMinorUnits with AMOUNT_OUT_OF_RANGE, its documented limit of 2^53 − 1 minor units', () => {
    expect(() => toMinorUnits(THIRTY_DIGITS, 'CNY')).toThrow(code('AMOUNT_OUT_OF_RANGE'));
    expect(toMinorUnits('90071992547409.91', 'CNY')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('validate in an invoice whose instalments sum to them exactly', () => {
    const invoice = parseInvoice({
      id: 'INV-BIG',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-01-01',
      amount: THIRTY_DIGITS,
      instalments: [
        { dueDate: '2026-02-01', amount: '100000000000000000000000000000.00' },
        { dueDate: '2026-03-01', amount: '23456789012345678901234567890.12' },
      ],
    });
    expect(invoice.instalments.map((part) => part.amount.toFixed(2))).toEqual([
      '100000000000000000000000000000.00',
      '23456789012345678901234567890.12',
    ]);
  });
});

describe('the documented range of decimals', () => {
  it('reads decimals up to 10^1000 in size and down to 10^-1000, and refuses the next step with AMOUNT_OUT_OF_RANGE', () => {
    expect(decimal(`9.${'9'.repeat(50)}e999`).e).toBe(999);
    expect(() => decimal('1e1000')).toThrow(code('AMOUNT_OUT_OF_RANGE'));
    expect(decimal('1e-1000').toString()).toBe('1e-1000');
    expect(() => decimal('9.9e-1001')).toThrow(code('AMOUNT_OUT_OF_RANGE'));
    expect(() => money('-1e1000', 'CNY')).toThrow(code('AMOUNT_OUT_OF_RANGE'));
  });

  it('writes the largest amount in range out in full', () => {
    expect(toDecimalString(money('1e999', 'JPY'))).toBe(`1${'0'.repeat(999)}`);
  });
});

describe('the first and last days, 0001-01-01 and 9999-12-31', () => {
  it('are dates, 3,652,058 days apart', () => {
    expect(differenceInDays('9999-12-31', '0001-01-01')).toBe(3_652_058);
    expect(eachDayOfInterval('9999-12-29', '9999-12-31')).toEqual(['9999-12-29', '9999-12-30', '9999-12-31']);
  });

  it('refuse to be stepped beyond with DATE_OUT_OF_RANGE', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(code('DATE_OUT_OF_RANGE'));
    expect(() => addDays('0001-01-01', -1)).toThrow(code('DATE_OUT_OF_RANGE'));
    expect(() => addMonths('9999-12-31', 1)).toThrow(code('DATE_OUT_OF_RANGE'));
    expect(() => addYears('0001-01-01', -1)).toThrow(code('DATE_OUT_OF_RANGE'));
    expect(() => addDays('0001-01-01', 3_652_059)).toThrow(code('DATE_OUT_OF_RANGE'));
  });

  it('give DATE_OUT_OF_RANGE, not a made-up date, when a business day is sought beyond them', () => {
    // 9999-12-31 is a Friday: the next business day would be in year 10000.
    expect(() => nextBusinessDay(mondayToFridayCalendar, '9999-12-31')).toThrow(code('DATE_OUT_OF_RANGE'));
    expect(() => previousBusinessDay(mondayToFridayCalendar, '0001-01-01')).toThrow(
      code('DATE_OUT_OF_RANGE'),
    );
    expect(() => addBusinessDays(mondayToFridayCalendar, '9999-12-30', 2)).toThrow(code('DATE_OUT_OF_RANGE'));
    expect(addBusinessDays(mondayToFridayCalendar, '9999-12-30', 1)).toBe('9999-12-31');
  });

  it('bound an invoice issued on the first day and due on the last', () => {
    const invoice = parseInvoice({
      id: 'INV-LONG',
      customerId: 'C1',
      currency: 'USD',
      issueDate: '0001-01-01',
      amount: '2.00',
      instalments: [
        { dueDate: '0001-01-01', amount: '1.00' },
        { dueDate: '9999-12-31', amount: '1.00' },
      ],
    });
    expect(invoice.dueDate).toBe('9999-12-31');
  });
});

describe('an invoice with a million instalments', () => {
  it('validates exactly: every instalment kept, numbered and given its role, the amounts summing to the invoice', () => {
    const count = 1_000_000;
    const instalments: InstalmentInput[] = Array.from({ length: count }, (_, index) => ({
      dueDate: addDays('2026-01-01', Math.floor(index / 1000)),
      amount: '0.01',
    }));
    const invoice = parseInvoice({
      id: 'INV-MILLION',
      customerId: 'C1',
      currency: 'CNY',
      issueDate: '2026-01-01',
      amount: '10000.00',
      instalments,
    });
    expect(invoice.instalments).toHaveLength(count);
    expect(invoice.dueDate).toBe(addDays('2026-01-01', 999));
    expect(invoice.instalments[0]?.role).toBe('first');
    expect(invoice.instalments[count - 1]).toEqual(expect.objectContaining({ index: count, role: 'final' }));
    expect(invoice.instalments.filter((part) => part.role === 'middle')).toHaveLength(count - 2);
    const total = invoice.instalments.reduce((sum, part) => sum.plus(part.amount), decimal(0));
    expect(total.equals(invoice.amount)).toBe(true);
  }, 180_000);
});

describe('an empty portfolio', () => {
  it('validates with every list empty and serializes back to empty lists', () => {
    const empty = parsePortfolio({});
    expect(empty).toEqual({
      customers: [],
      invoices: [],
      payments: [],
      creditNotes: [],
      disputes: [],
      promises: [],
    });
    expect(parsePortfolio(serializePortfolio(empty))).toEqual(empty);
  });

  it('sums to zero in the currency asked for', () => {
    expect(toDecimalString(sumMoney([], 'KWD'))).toBe('0.000');
  });
});

describe('properties', () => {
  it('keeps 30-digit sums exact: the sum of 30-digit amounts minus one of them is the rest', () => {
    const thirtyDigits = fc
      .tuple(fc.bigInt({ min: 10n ** 29n, max: 10n ** 30n - 1n }), fc.integer({ min: 0, max: 99 }))
      .map(([units, cents]) => money(`${units}.${String(cents).padStart(2, '0')}`, 'USD'));
    fc.assert(
      fc.property(fc.array(thirtyDigits, { minLength: 1, maxLength: 20 }), (amounts) => {
        const total = sumMoney(amounts, 'USD');
        const rest = sumMoney(amounts.slice(1), 'USD');
        expect(toDecimalString(addMoney(rest, amounts[0]!))).toBe(toDecimalString(total));
      }),
    );
  });

  it('keeps every date step inside 0001–9999: a step either lands in range or fails with DATE_OUT_OF_RANGE', () => {
    const edge = fc.constantFrom('0001-01-01', '0001-12-31', '9999-01-01', '9999-12-31');
    fc.assert(
      fc.property(edge, fc.integer({ min: -4_000_000, max: 4_000_000 }), (date, days) => {
        const outcome = checkHostileCall(() => addDays(date, days));
        if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('DATE_OUT_OF_RANGE');
        else expect(differenceInDays(outcome.value, date)).toBe(days);
      }),
    );
  });

  it('reads every decimal whose exponent is within ±1000 and refuses every one beyond', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: -1100, max: 1100 }),
        (digit, exponent) => {
          const outcome = checkHostileCall(() => decimal(`${digit}e${exponent}`));
          const inRange = exponent >= -1000 && exponent <= 999;
          expect(outcome.kind).toBe(inRange ? 'returned' : 'rejected');
          if (outcome.kind === 'rejected') expect(outcome.error.code).toBe('AMOUNT_OUT_OF_RANGE');
        },
      ),
    );
  });
});
