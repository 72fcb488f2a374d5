import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  decimal,
  type Money,
  multiplyMoney,
  ReceivablesError,
  subtractMoney,
  sumMoney,
} from '../../index.ts';

// Amounts finer than the currency are legal Money (prices, rates); money() refuses them, so build them.
const usd = (amount: string): Money => ({ amount: decimal(amount), currency: 'USD' });

function thrown(run: () => unknown): ReceivablesError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReceivablesError) return error;
    throw error;
  }
  throw new Error('expected a ReceivablesError');
}

describe('the exact-sum bound of addMoney, subtractMoney and sumMoney', () => {
  it('adds when the bound (largest exponent + most decimal places + 2 carry digits) is exactly 60 digits', () => {
    // 30 + 28 + 2 = 60 digits: the sum has 59 significant digits and fits.
    expect(addMoney(usd('1e30'), usd('1e-28')).amount.toFixed()).toBe(
      `1${'0'.repeat(30)}.${'0'.repeat(27)}1`,
    );
  });

  it('refuses one digit past the bound, naming the sum and the digits it may need', () => {
    const error = thrown(() => addMoney(usd('1e30'), usd('1e-29')));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe(
      `addMoney: the sum of 1${'0'.repeat(30)} and 0.${'0'.repeat(28)}1 may need 61 significant digits, more than the 60 kept exactly; round an operand first`,
    );
    expect(error.details).toStrictEqual({ digits: 61, limit: 60 });
  });

  it('names subtractMoney and sumMoney in the same refusal', () => {
    expect(thrown(() => subtractMoney(usd('1e30'), usd('1e-29'))).message).toMatch(
      /^subtractMoney: the sum of /,
    );
    expect(thrown(() => sumMoney([usd('1e30'), usd('1e-29')], 'USD')).message).toMatch(
      /^sumMoney: the sum of /,
    );
  });

  it('adds a zero to an amount of any precision, since the sum is the other operand', () => {
    const tiny = usd('1e-59'); // alone it would need 0 + 59 + 2 = 61 digits
    expect(addMoney(usd('0'), tiny).amount.equals(tiny.amount)).toBe(true);
    expect(addMoney(tiny, usd('0')).amount.equals(tiny.amount)).toBe(true);
    expect(sumMoney([tiny], 'USD').amount.equals(tiny.amount)).toBe(true);
  });

  it('names sumMoney when its currency argument is not a code', () => {
    expect(thrown(() => sumMoney([], 'usd')).message).toMatch(/^sumMoney: currency "usd"/);
  });
});

describe('the exact-product bound of multiplyMoney', () => {
  const thirty = '123456789012345678901234567891'; // 30 significant digits

  it('multiplies when the operands have 60 significant digits together', () => {
    const exact = (BigInt(thirty) * BigInt(thirty)).toString();
    expect(multiplyMoney(usd(thirty), thirty).amount.toFixed()).toBe(exact);
  });

  it('refuses 61 significant digits, naming the product', () => {
    const error = thrown(() => multiplyMoney(usd(thirty), `${thirty}1`));
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toBe(
      `multiplyMoney: the product of ${thirty} and ${thirty}1 may need 61 significant digits, more than the 60 kept exactly; round an operand first`,
    );
    expect(error.details).toStrictEqual({ digits: 61, limit: 60 });
  });
});

describe('properties', () => {
  it('adding zero is exact whatever the precision of the other operand', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 90 }), (digits, places) => {
        const amount = usd(`${digits}e-${places}`);
        expect(addMoney(usd('0'), amount).amount.equals(amount.amount)).toBe(true);
      }),
    );
  });
});
