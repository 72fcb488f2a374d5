import { describeMoney } from '../_internals/moneyDescribe.ts';
import { readDecimal } from '../_internals/moneyReadDecimal.ts';
import { amountTooPrecise } from '../_internals/moneyTooPrecise.ts';
import { ZERO_DECIMAL } from '../_internals/moneyZero.ts';
import { SuiteDecimal } from '../_internals/SuiteDecimal.ts';
import { describeValue } from '../errors/describeValue.ts';
import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { AmountInput } from './AmountInput.ts';
import { currencyMinorUnits } from './currencyMinorUnits.ts';
import { isNegativeMoney } from './isNegativeMoney.ts';
import type { Money } from './money.ts';

/**
 * Splits an amount into parts in proportion to ratios, exactly: the parts always add up to the amount,
 * and no minor unit is created or lost.
 *
 * Each part first gets its exact share rounded toward zero to whole minor units; the units left over go
 * one each to the parts with the largest remainders, ties to the earlier part. A negative amount is split
 * as its size and the parts negated, so credits split the same way as charges.
 *
 * @param amount - The amount, at its currency's scale (no finer than a minor unit).
 * @param ratios - One weight per part: non-negative decimals such as `1`, `'0.3'` or `decimal('2.5')`,
 *   at least one of them positive. A zero ratio gets a zero part.
 * @returns One part per ratio, in ratio order, in the amount's currency.
 * @throws {ReceivablesError} `AMOUNT_TOO_PRECISE` when `amount` is finer than a minor unit (round it
 *   first); `INVALID_ARGUMENT` when `ratios` is empty, a ratio is not a finite decimal or is negative, or
 *   all ratios are zero.
 *
 * @example
 * ```ts
 * import { allocate, money, toDecimalString } from '@receivables/core';
 *
 * console.log(allocate(money('100.00', 'CNY'), [1, 1, 1]).map(toDecimalString)); // ["33.34","33.33","33.33"]
 * console.log(allocate(money('0.05', 'CNY'), [3, 6, 1]).map(toDecimalString)); // ["0.02","0.03","0.00"]
 * ```
 */
export function allocate(amount: Money, ratios: readonly AmountInput[]): Money[] {
  const { currency } = amount;
  const minorUnits = currencyMinorUnits(currency);
  if (amount.amount.decimalPlaces() > minorUnits) {
    throw amountTooPrecise({
      api: 'allocate',
      shown: describeMoney(amount),
      amount: amount.amount,
      currency,
      allowed: minorUnits,
      advice: '; round it first with roundMoney',
    });
  }
  const weights = readWeights(ratios);
  let weightTotal = 0n;
  for (const weight of weights) weightTotal += weight;
  if (weightTotal === 0n) {
    throw new ReceivablesError(
      'INVALID_ARGUMENT',
      'allocate: every ratio is zero; at least one must be positive',
      {
        details: { ratios: ratios.map(describeValue) },
      },
    );
  }

  const units = BigInt(amount.amount.abs().toFixed(minorUnits).replace('.', ''));
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let leftover = units;
  for (const weight of weights) {
    const product = units * weight;
    const part = product / weightTotal;
    parts.push(part);
    remainders.push(product % weightTotal);
    leftover -= part;
  }
  // The leftover is the sum of the remainders over the weight total, so it is smaller than the number of
  // parts with a remainder: one unit each suffices, and zero-ratio parts (remainder 0) never get one.
  if (leftover > 0n) {
    const order = parts.map((_, index) => index);
    order.sort((i, j) => compareBigInts(remainders[j]!, remainders[i]!) || i - j);
    for (let rank = 0; rank < Number(leftover); rank++) parts[order[rank]!]! += 1n;
  }

  const sign = isNegativeMoney(amount) ? '-' : '';
  return parts.map((part) => ({
    amount: part === 0n ? ZERO_DECIMAL : new SuiteDecimal(`${sign}${part}e-${minorUnits}`),
    currency,
  }));
}

/** Reads the ratios as whole numbers of one common scale, so shares can be compared exactly. */
function readWeights(ratios: readonly AmountInput[]): bigint[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new ReceivablesError('INVALID_ARGUMENT', 'allocate: no ratios given; give at least one', {
      details: { ratios: describeValue(ratios) },
    });
  }
  const values = ratios.map((ratio, index) => {
    const field = `ratios[${index}]`;
    const value = readDecimal(ratio, 'allocate', { field, code: 'INVALID_ARGUMENT' });
    // The reader never returns a negative zero, so this refuses only ratios below zero.
    if (value.isNegative()) {
      throw new ReceivablesError(
        'INVALID_ARGUMENT',
        `allocate: ${field}: ${describeValue(ratio)} is negative; ratios must be zero or more`,
        { details: { field, value: value.toString() } },
      );
    }
    return value;
  });
  let scale = 0;
  for (const value of values) scale = Math.max(scale, value.decimalPlaces());
  return values.map((value) => BigInt(value.toFixed(scale).replace('.', '')));
}

function compareBigInts(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
