import { decimal, describeValue, type Money, money, ReceivablesError } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { lateChargesRethrow } from '../_internals/lateChargesRethrow.ts';

const API = 'ukFixedCompensation';
const LOWER_BAND = decimal('1000');
const UPPER_BAND = decimal('10000');

/**
 * The fixed sum for recovery costs under the UK Late Payment of Commercial Debts (Interest) Act 1998
 * s. 5A, by the size of the debt: GBP 40 for less than 1,000; GBP 70 for 1,000 to 9,999.99; GBP 100 for
 * 10,000 or more (spec §7.6). It is owed once per debt, on top of statutory interest.
 *
 * @param debt - The late debt in GBP, more than 0.
 * @returns GBP 40.00, 70.00 or 100.00.
 * @throws {ReceivablesError} `CURRENCY_MISMATCH` when the debt is not in GBP; `INVALID_AMOUNT` when it is
 *   not more than 0 or is not money.
 *
 * @example
 * ```ts
 * import { ukFixedCompensation } from '@receivables/aging';
 * import { money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(ukFixedCompensation(money('999.99', 'GBP')))); // 40.00
 * console.log(toDecimalString(ukFixedCompensation(money('1000', 'GBP')))); // 70.00
 * console.log(toDecimalString(ukFixedCompensation(money('10000', 'GBP')))); // 100.00
 * ```
 */
export function ukFixedCompensation(debt: Money): Money {
  const amount = readDebt(debt);
  if (amount.lessThan(LOWER_BAND)) return money('40', 'GBP');
  return money(amount.lessThan(UPPER_BAND) ? '70' : '100', 'GBP');
}

function readDebt(debt: Money): Decimal {
  if (typeof debt !== 'object' || debt === null || !('amount' in debt)) {
    throw new ReceivablesError('INVALID_AMOUNT', `${API}: ${describeValue(debt)} is not money`, {
      details: { value: describeValue(debt) },
    });
  }
  if (debt.currency !== 'GBP') {
    throw new ReceivablesError(
      'CURRENCY_MISMATCH',
      `${API}: the debt is in ${describeValue(debt.currency)}, but the Act's fixed sums are in GBP`,
      { details: { currency: debt.currency, expected: 'GBP' } },
    );
  }
  const amount = lateChargesRethrow(API, () => decimal(debt.amount, { field: 'debt.amount' }));
  if (!amount.isPositive() || amount.isZero()) {
    throw new ReceivablesError(
      'INVALID_AMOUNT',
      `${API}: the debt GBP ${amount.toString()} is not more than 0`,
      {
        details: { value: amount.toString(), currency: 'GBP' },
      },
    );
  }
  return amount;
}
