import { type AmountInput, currencyMinorUnits, toMinorUnits } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { openItemsRelabel } from './openItemsRelabel.ts';

/**
 * Converts a record's amount to whole minor units once, exactly. Validated records hold `Decimal`s,
 * read here straight from their documented digits (`d`, base 10^7 words), exponent (`e`) and sign
 * (`s`) without building intermediate decimals: a portfolio of a million invoices has millions of
 * amounts, and `toMinorUnits` costs several decimals each. Anything unusual (more than 15 significant
 * digits, more decimals than the currency allows, a result beyond 2^53 − 1, not a `Decimal`) goes
 * through `toMinorUnits`, which converts it or throws, reported under `computeOpenItems` with the
 * record's path.
 *
 * @internal
 */
export function openItemsMinor(amount: AmountInput, currency: string, field: string): number {
  try {
    const digits = currencyMinorUnits(currency);
    if (typeof amount === 'object') {
      const fast = fastMinor(amount, digits);
      if (fast !== undefined) return fast;
    }
    return toMinorUnits(amount, currency);
  } catch (error) {
    throw openItemsRelabel(error, 'computeOpenItems', field);
  }
}

function fastMinor(amount: Decimal, digits: number): number | undefined {
  const words = amount.d;
  if (!Array.isArray(words) || words.length === 0 || words.length > 3) return undefined;
  let coefficient = 0;
  let count = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (index === 0) {
      coefficient = word;
      count = digitCount(word);
    } else {
      coefficient = coefficient * 1e7 + word;
      count += 7;
    }
  }
  if (count > 15) return undefined;
  if (coefficient === 0) return 0;
  const shift = digits + amount.e + 1 - count;
  let minor: number;
  if (shift >= 0) minor = coefficient * 10 ** shift;
  else {
    const scale = 10 ** -shift;
    if (coefficient % scale !== 0) return undefined;
    minor = coefficient / scale;
  }
  return Number.isSafeInteger(minor) ? amount.s * minor : undefined;
}

function digitCount(word: number): number {
  let count = 1;
  for (let rest = word; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
}
