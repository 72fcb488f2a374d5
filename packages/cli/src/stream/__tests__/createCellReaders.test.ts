import { isReceivablesError, parseInvoice, toDayNumber, toMinorUnits } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCellReaders } from '../createCellReaders.ts';

describe('createCellReaders', () => {
  const readers = createCellReaders();

  it('reads plain amounts as minor units', () => {
    expect(readers.minorOf('1200.5', 2)).toBe(120050);
    expect(readers.minorOf('0012.50', 2)).toBe(1250);
    expect(readers.minorOf('7', 0)).toBe(7);
    expect(readers.minorOf('1.234', 3)).toBe(1234);
  });

  it('leaves to core what is not a plain positive amount within the decimals', () => {
    for (const text of [
      '0',
      '0.00',
      '-5',
      '+5',
      '1e3',
      '1,5',
      ' 5',
      '1.234',
      '.5',
      '5.',
      '1234567890123456',
      undefined,
    ]) {
      expect(readers.minorOf(text, 2)).toBeUndefined();
    }
  });

  it('reads valid dates and known currency codes, and nothing else', () => {
    expect(readers.dayOf('2026-06-30')).toBe(toDayNumber('2026-06-30'));
    expect(readers.dayOf('2026-02-30')).toBeUndefined();
    expect(readers.dayOf('2026-6-30')).toBeUndefined();
    expect(readers.digitsOf('CNY')).toBe(2);
    expect(readers.digitsOf('JPY')).toBe(0);
    expect(readers.digitsOf('cny')).toBeUndefined();
    expect(readers.digitsOf('XYZ')).toBeUndefined();
  });

  describe('properties', () => {
    const amountText = fc.oneof(
      fc.stringMatching(/^[0-9]{1,17}(\.[0-9]{0,5})?$/),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('0', '00.00', '1e2', '-1', '+3', '1.', '.1', '١٢'),
    );
    const currency = fc.constantFrom('CNY', 'USD', 'JPY', 'KWD', 'EUR');

    it('never accepts more than core: an amount it reads, core reads to the same minor units', () => {
      fc.assert(
        fc.property(amountText, currency, (text, code) => {
          const digits = readers.digitsOf(code)!;
          const minor = readers.minorOf(text, digits);
          if (minor === undefined) return;
          const invoice = parseInvoice({
            id: 'I',
            customerId: 'C',
            currency: code,
            issueDate: '2026-01-01',
            dueDate: '2026-01-31',
            amount: text,
          });
          expect(toMinorUnits(invoice.amount, code)).toBe(minor);
        }),
      );
    });

    it('never accepts a date core refuses, and reads the same day', () => {
      const dateText = fc.oneof(
        fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
        fc.string({ maxLength: 11 }),
      );
      fc.assert(
        fc.property(dateText, (text) => {
          const day = readers.dayOf(text);
          if (day === undefined) return;
          let core: number | undefined;
          try {
            core = toDayNumber(text);
          } catch (error) {
            if (!isReceivablesError(error)) throw error;
          }
          expect(core).toBe(day);
        }),
      );
    });
  });
});
