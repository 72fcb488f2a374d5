import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteMoney } from '../absoluteMoney.ts';
import { addMoney } from '../addMoney.ts';
import { equalsMoney } from '../equalsMoney.ts';
import { isNegativeMoney } from '../isNegativeMoney.ts';
import { type Money, money } from '../money.ts';
import { multiplyMoney } from '../multiplyMoney.ts';
import { negateMoney } from '../negateMoney.ts';
import { subtractMoney } from '../subtractMoney.ts';
import { sumMoney } from '../sumMoney.ts';
import { toDecimalString } from '../toDecimalString.ts';
import { zeroMoney } from '../zeroMoney.ts';
import { moneyIn, sameCurrencyMoney } from './moneyArbitraries.ts';

const cny = (amount: string): Money => money(amount, 'CNY');
const text = (value: Money): string => value.amount.toString();

describe('addMoney', () => {
  it('adds exactly, where binary floats would not', () => {
    expect(toDecimalString(addMoney(cny('0.10'), cny('0.20')))).toBe('0.30');
    expect(text(addMoney(cny('90071992547409.93'), cny('0.01')))).toBe('90071992547409.94');
  });

  it('refuses different currencies with CURRENCY_MISMATCH showing both amounts', () => {
    expect(() => addMoney(cny('2'), money('1', 'USD'))).toThrow(
      expect.objectContaining({
        code: 'CURRENCY_MISMATCH',
        message: 'addMoney: cannot add USD 1.00 to CNY 2.00: the currencies differ',
        details: { amounts: ['CNY 2.00', 'USD 1.00'], currencies: ['CNY', 'USD'] },
      }),
    );
  });

  it('keeps sums with many digits exact and refuses those beyond 60 significant digits', () => {
    const big = cny('1e40');
    const tiny = multiplyMoney(cny('1'), '1e-15');
    expect(text(addMoney(big, tiny))).toBe(`1${'0'.repeat(40)}.${'0'.repeat(14)}1`);
    expect(() => addMoney(cny('1e50'), tiny)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/^addMoney: the sum of /),
      }),
    );
  });
});

describe('subtractMoney', () => {
  it('subtracts exactly and may go below zero', () => {
    expect(toDecimalString(subtractMoney(cny('100.00'), cny('120.50')))).toBe('-20.50');
    expect(toDecimalString(subtractMoney(cny('0.30'), cny('0.10')))).toBe('0.20');
  });

  it('refuses different currencies with CURRENCY_MISMATCH showing both amounts', () => {
    expect(() => subtractMoney(money('100', 'JPY'), cny('1.5'))).toThrow(
      expect.objectContaining({
        code: 'CURRENCY_MISMATCH',
        message: 'subtractMoney: cannot subtract CNY 1.50 from JPY 100: the currencies differ',
      }),
    );
  });
});

describe('sumMoney', () => {
  it('adds any iterable and gives zero in the currency for none', () => {
    function* lines(): Generator<Money> {
      yield cny('19.99');
      yield cny('0.01');
      yield cny('80');
    }
    expect(toDecimalString(sumMoney(lines(), 'CNY'))).toBe('100.00');
    const empty = sumMoney([], 'KWD');
    expect([empty.currency, toDecimalString(empty)]).toEqual(['KWD', '0.000']);
  });

  it('refuses an item in another currency with CURRENCY_MISMATCH naming the item and the running total', () => {
    expect(() => sumMoney([cny('2'), money('1', 'USD')], 'CNY')).toThrow(
      expect.objectContaining({
        code: 'CURRENCY_MISMATCH',
        message: 'sumMoney: cannot add item 1, USD 1.00, to CNY 2.00: the currencies differ',
      }),
    );
    expect(() => sumMoney([money('1', 'USD')], 'CNY')).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
  });

  it('refuses an unknown currency with INVALID_CURRENCY even for no items', () => {
    expect(() => sumMoney([], 'cny')).toThrow(expect.objectContaining({ code: 'INVALID_CURRENCY' }));
  });
});

describe('multiplyMoney', () => {
  it('keeps the exact product, finer than the currency', () => {
    expect(text(multiplyMoney(cny('1234.56'), '0.0005'))).toBe('0.61728');
    expect(text(multiplyMoney(cny('19.99'), 3))).toBe('59.97');
    expect(text(multiplyMoney(cny('10'), 0.1))).toBe('1');
    expect(text(multiplyMoney(cny('-2.50'), '-1'))).toBe('2.5');
  });

  it('turns a zero product into a zero that is not negative', () => {
    expect(isNegativeMoney(multiplyMoney(cny('0'), -1))).toBe(false);
    expect(toDecimalString(multiplyMoney(cny('0'), -1))).toBe('0.00');
  });

  it.each([Number.NaN, Number.NEGATIVE_INFINITY, '12,5', '', '1e', null, {}])(
    'refuses the factor %s with INVALID_AMOUNT',
    (factor) => {
      expect(() => multiplyMoney(cny('1'), factor as never)).toThrow(
        expect.objectContaining({
          code: 'INVALID_AMOUNT',
          message: expect.stringMatching(/^multiplyMoney: factor: /),
        }),
      );
    },
  );

  it('refuses a product beyond 60 significant digits with INVALID_ARGUMENT', () => {
    const amount = cny('123456789012345678901234567890.12');
    expect(() => multiplyMoney(amount, `0.${'3'.repeat(40)}`)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('negateMoney and absoluteMoney', () => {
  it('flip and drop the sign', () => {
    expect(toDecimalString(negateMoney(cny('12.50')))).toBe('-12.50');
    expect(toDecimalString(negateMoney(cny('-12.50')))).toBe('12.50');
    expect(toDecimalString(absoluteMoney(cny('-12.50')))).toBe('12.50');
  });

  it('leave zero a plain zero', () => {
    const zero = zeroMoney('CNY');
    expect(negateMoney(zero)).toBe(zero);
    expect(isNegativeMoney(negateMoney(zero))).toBe(false);
  });

  it('return a non-negative amount itself from absoluteMoney', () => {
    const value = cny('12.50');
    expect(absoluteMoney(value)).toBe(value);
  });
});

describe('properties', () => {
  it('addition is commutative: a + b equals b + a', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(2), ({ values: [a, b] }) => {
        expect(equalsMoney(addMoney(a!, b!), addMoney(b!, a!))).toBe(true);
      }),
    );
  });

  it('addition is associative: (a + b) + c equals a + (b + c)', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(3), ({ values: [a, b, c] }) => {
        expect(equalsMoney(addMoney(addMoney(a!, b!), c!), addMoney(a!, addMoney(b!, c!)))).toBe(true);
      }),
    );
  });

  it('subtraction inverts addition: (a + b) - b equals a', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(2), ({ values: [a, b] }) => {
        expect(equalsMoney(subtractMoney(addMoney(a!, b!), b!), a!)).toBe(true);
      }),
    );
  });

  it('zero is neutral and negation is the inverse: a + 0 = a and a + (-a) = 0', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(1), ({ currency, values: [a] }) => {
        expect(equalsMoney(addMoney(a!, zeroMoney(currency)), a!)).toBe(true);
        expect(addMoney(a!, negateMoney(a!)).amount.isZero()).toBe(true);
      }),
    );
  });

  it('sumMoney equals a fold of addMoney from zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }).chain((count) => sameCurrencyMoney(count)),
        ({ currency, values }) => {
          const folded = values.reduce(addMoney, zeroMoney(currency));
          expect(equalsMoney(sumMoney(values, currency), folded)).toBe(true);
        },
      ),
    );
  });

  it('multiplication distributes over addition: (a + b) × f equals a × f + b × f', () => {
    const factor = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
      .map(([digits, scale]) => `${digits}e-${scale}`);
    fc.assert(
      fc.property(sameCurrencyMoney(2), factor, ({ values: [a, b] }, f) => {
        const left = multiplyMoney(addMoney(a!, b!), f);
        const right = addMoney(multiplyMoney(a!, f), multiplyMoney(b!, f));
        expect(equalsMoney(left, right)).toBe(true);
      }),
    );
  });

  it('multiplying by a whole number n equals adding the amount n times', () => {
    fc.assert(
      fc.property(moneyIn('CNY'), fc.integer({ min: 0, max: 12 }), (a, n) => {
        expect(equalsMoney(multiplyMoney(a, n), sumMoney(Array(n).fill(a), 'CNY'))).toBe(true);
      }),
    );
  });

  it('absoluteMoney is never negative and keeps the size: |a| equals a or -a', () => {
    fc.assert(
      fc.property(sameCurrencyMoney(1), ({ values: [a] }) => {
        const size = absoluteMoney(a!);
        expect(isNegativeMoney(size)).toBe(false);
        expect(equalsMoney(size, a!) || equalsMoney(size, negateMoney(a!))).toBe(true);
      }),
    );
  });
});
