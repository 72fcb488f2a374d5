import { decimal, money, toDecimalString } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { euFixedCompensation, ukFixedCompensation } from '../../index.ts';

const code = (value: string) => expect.objectContaining({ code: value });
const gbp = (amount: string) => toDecimalString(ukFixedCompensation(money(amount, 'GBP')));

describe('fixed compensation: known answers', () => {
  it('EU: EUR 40 per late invoice', () => {
    const compensation = euFixedCompensation();
    expect([compensation.currency, toDecimalString(compensation)]).toEqual(['EUR', '40.00']);
  });

  it('UK: GBP 40 under 1,000; 70 from 1,000 to 9,999.99; 100 from 10,000', () => {
    expect(gbp('0.01')).toBe('40.00');
    expect(gbp('999.99')).toBe('40.00');
    expect(gbp('1000')).toBe('70.00');
    expect(gbp('9999.99')).toBe('70.00');
    expect(gbp('10000')).toBe('100.00');
    expect(gbp('250000')).toBe('100.00');
    expect(ukFixedCompensation(money('10', 'GBP')).currency).toBe('GBP');
  });
});

describe('fixed compensation: bad input', () => {
  it('UK: refuses a debt in another currency with CURRENCY_MISMATCH', () => {
    expect(() => ukFixedCompensation(money('5000', 'EUR'))).toThrow(code('CURRENCY_MISMATCH'));
  });

  it('UK: refuses a debt that is not more than 0, or not money, with INVALID_AMOUNT', () => {
    expect(() => ukFixedCompensation(money('0', 'GBP'))).toThrow(code('INVALID_AMOUNT'));
    expect(() => ukFixedCompensation(money('-5', 'GBP'))).toThrow(code('INVALID_AMOUNT'));
    expect(() => ukFixedCompensation('1000' as never)).toThrow(code('INVALID_AMOUNT'));
  });
});

describe('properties', () => {
  const pence = fc.bigInt({ min: 1n, max: 10_000_000_00n });
  const sum = (value: bigint) => decimal(value.toString()).dividedBy(100);

  it('is monotone in the debt: a larger debt never gets a smaller fixed sum', () => {
    fc.assert(
      fc.property(pence, pence, (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const lower = ukFixedCompensation(money(sum(small), 'GBP')).amount;
        const higher = ukFixedCompensation(money(sum(large), 'GBP')).amount;
        expect(higher.greaterThanOrEqualTo(lower)).toBe(true);
      }),
    );
  });

  it('is always one of the three statutory sums', () => {
    fc.assert(
      fc.property(pence, (value) => {
        expect(['40.00', '70.00', '100.00']).toContain(gbp(sum(value).toFixed(2)));
      }),
    );
  });
});
