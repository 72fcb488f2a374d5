import { isReceivablesError, type ReceivablesError } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CreditLimitInput, creditLimit, defaultGradeScale, findGrade } from '../../index.ts';

const established: CreditLimitInput = {
  currency: 'CNY',
  grade: findGrade(defaultGradeScale, 'AA'),
  monthsTrading: 24,
  annualCreditSales: '2400000',
  cycleMonths: 1,
  netAssets: '3000000',
  averageMonthlyReceipts: '250000',
  workingCapital: '5000000',
};

function thrown(run: () => unknown): ReceivablesError {
  try {
    run();
  } catch (error) {
    if (isReceivablesError(error)) return error;
    throw error;
  }
  throw new Error('expected a ReceivablesError');
}

describe('creditLimit refusals name the field', () => {
  it('names average monthly receipts when they are negative', () => {
    expect(thrown(() => creditLimit({ ...established, averageMonthlyReceipts: '-1' })).message).toBe(
      'creditLimit: averageMonthlyReceipts: "-1" is negative; it must be zero or more',
    );
  });

  it('names the new-customer threshold when it is negative', () => {
    expect(thrown(() => creditLimit(established, { newCustomerMonths: -1 })).message).toBe(
      'creditLimit: newCustomerMonths: -1 is negative',
    );
  });

  it('reports an unknown combination with its field and value', () => {
    const error = thrown(() => creditLimit(established, { combination: 'maximum' as never }));
    expect(error.details).toStrictEqual({ field: 'combination', value: '"maximum"' });
  });

  it('reports a step that is not a number under creditLimit and the step field', () => {
    const error = thrown(() => creditLimit(established, { step: 'ten' }));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.message).toBe('creditLimit: step: "ten" is not a decimal number');
  });

  it('reports a step that is not positive with its field and value', () => {
    expect(thrown(() => creditLimit(established, { step: '0' })).details).toStrictEqual({
      field: 'step',
      value: '0',
    });
  });

  it('lists every method when none has its inputs', () => {
    const error = thrown(() => creditLimit({ currency: 'CNY', grade: established.grade, monthsTrading: 1 }));
    expect(error.details).toStrictEqual({ methods: ['salesForecast', 'netAssets', 'payingCapacity'] });
  });
});

describe('properties', () => {
  it('names the offending field in the message for every negative amount input', () => {
    const fields = ['annualCreditSales', 'averageMonthlyReceipts'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.integer({ min: -1_000_000, max: -1 }), (field, value) => {
        const error = thrown(() => creditLimit({ ...established, [field]: String(value) }));
        expect(error.message).toBe(`creditLimit: ${field}: "${value}" is negative; it must be zero or more`);
      }),
    );
  });
});
