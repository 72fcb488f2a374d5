import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AllowanceMovementResult } from '../../index.ts';
import { allowanceMovement, chineseAgingMethodRates, requiredAllowance } from '../../index.ts';
import { cnyBalance } from './allowanceArbitraries.ts';

function table(movement: AllowanceMovementResult): Record<string, string> {
  const { currency, ...amounts } = movement;
  return Object.fromEntries(Object.entries(amounts).map(([key, value]) => [key, value.toFixed(2)]));
}

describe('allowanceMovement', () => {
  it('charges the shortfall: opening 20,000 − write-offs 3,000 + recoveries 500 = 17,500; required 27,000 → charge 9,500', () => {
    const movement = allowanceMovement({
      currency: 'CNY',
      opening: '20000',
      writeOffs: '3000',
      recoveries: '500',
      required: '27000',
    });
    expect(movement.currency).toBe('CNY');
    expect(table(movement)).toEqual({
      opening: '20000.00',
      writeOffs: '3000.00',
      recoveries: '500.00',
      beforeCharge: '17500.00',
      charge: '9500.00',
      reversal: '0.00',
      closing: '27000.00',
    });
  });

  it('reverses the excess: opening 30,000 − write-offs 1,000 = 29,000; required 27,000 → reversal 2,000', () => {
    const movement = allowanceMovement({
      currency: 'CNY',
      opening: '30000',
      writeOffs: '1000',
      required: '27000',
    });
    expect(table(movement)).toMatchObject({
      beforeCharge: '29000.00',
      charge: '0.00',
      reversal: '2000.00',
      closing: '27000.00',
    });
  });

  it('books neither when the allowance already matches', () => {
    const movement = allowanceMovement({
      currency: 'CNY',
      opening: '1000.00',
      writeOffs: '200',
      recoveries: '200',
      required: '1000',
    });
    expect(table(movement)).toMatchObject({ charge: '0.00', reversal: '0.00' });
  });

  it('charges more than required when write-offs exceeded the allowance', () => {
    const movement = allowanceMovement({ currency: 'CNY', opening: '100', writeOffs: '300', required: '50' });
    expect(table(movement)).toMatchObject({ beforeCharge: '-200.00', charge: '250.00', reversal: '0.00' });
  });

  it('takes the required allowance straight from requiredAllowance', () => {
    const required = requiredAllowance({
      currency: 'CNY',
      balances: {
        within1y: '100000',
        y1to2: '50000',
        y2to3: '20000',
        y3to4: '10000',
        y4to5: '5000',
        over5y: '2000',
      },
      matrix: chineseAgingMethodRates,
    }).totals.required;
    const movement = allowanceMovement({
      currency: 'CNY',
      opening: '25000',
      writeOffs: '1200',
      recoveries: '0',
      required,
    });
    expect(table(movement)).toMatchObject({ charge: '3200.00', closing: '27000.00' });
  });

  it('refuses negative, malformed and too precise amounts, and a missing opening or required allowance', () => {
    const base = { currency: 'CNY', opening: '100', required: '100' };
    const cases: [string, object][] = [
      ['INVALID_AMOUNT', { opening: '-1' }],
      ['INVALID_AMOUNT', { required: '-0.01' }],
      ['INVALID_AMOUNT', { writeOffs: '-5' }],
      ['INVALID_AMOUNT', { recoveries: 'lots' }],
      ['INVALID_AMOUNT', { opening: undefined }],
      ['INVALID_AMOUNT', { required: undefined }],
      ['AMOUNT_TOO_PRECISE', { writeOffs: '1.001' }],
      ['AMOUNT_OUT_OF_RANGE', { opening: '1e31' }],
      ['INVALID_CURRENCY', { currency: 'XYZ' }],
    ];
    for (const [code, change] of cases) {
      expect(() => allowanceMovement({ ...base, ...change } as never)).toThrow(
        expect.objectContaining({ code }),
      );
    }
    expect(() => allowanceMovement({ ...base, writeOffs: '-5' })).toThrow(
      'allowanceMovement: writeOffs: "-5" must be zero or more',
    );
  });
});

describe('properties', () => {
  it('reconciles exactly: opening − writeOffs + recoveries + charge − reversal = closing = required', () => {
    fc.assert(
      fc.property(
        cnyBalance,
        cnyBalance,
        cnyBalance,
        cnyBalance,
        (opening, required, writeOffs, recoveries) => {
          const movement = allowanceMovement({ currency: 'CNY', opening, required, writeOffs, recoveries });
          const closing = movement.opening
            .minus(movement.writeOffs)
            .plus(movement.recoveries)
            .plus(movement.charge)
            .minus(movement.reversal);
          expect(closing.equals(movement.closing)).toBe(true);
          expect(movement.closing.equals(required)).toBe(true);
        },
      ),
    );
  });

  it('books one direction only: charge and reversal are never negative and at most one is not zero', () => {
    fc.assert(
      fc.property(
        cnyBalance,
        cnyBalance,
        cnyBalance,
        cnyBalance,
        (opening, required, writeOffs, recoveries) => {
          const { charge, reversal } = allowanceMovement({
            currency: 'CNY',
            opening,
            required,
            writeOffs,
            recoveries,
          });
          expect(charge.isNegative() || reversal.isNegative()).toBe(false);
          expect(charge.isZero() || reversal.isZero()).toBe(true);
        },
      ),
    );
  });
});
