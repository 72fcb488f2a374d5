import { currencyMinorUnits } from '../money/currencyMinorUnits.ts';
import type { Money } from '../money/money.ts';
import { describeMoney } from './moneyDescribe.ts';
import { amountTooPrecise } from './moneyTooPrecise.ts';

/**
 * The amount as plain decimal text with exactly the currency's minor-unit digits, or `AMOUNT_TOO_PRECISE`
 * when that would drop a digit: printing never rounds.
 *
 * @internal
 */
export function fixedText(value: Money, api: string): string {
  const minorUnits = currencyMinorUnits(value.currency);
  const places = value.amount.decimalPlaces();
  if (places > minorUnits) {
    throw amountTooPrecise({
      api,
      shown: describeMoney(value),
      amount: value.amount,
      currency: value.currency,
      allowed: minorUnits,
      advice: '; round it first with roundMoney',
    });
  }
  // Padding the plain text is several times faster than `toFixed`, which goes through rounding; exponent notation
  // (huge amounts, or a Decimal from another clone's settings) takes the general path.
  const text = value.amount.toString();
  if (text.includes('e')) return value.amount.toFixed(minorUnits);
  if (places === minorUnits) return text;
  return `${text}${places === 0 ? '.' : ''}${'0'.repeat(minorUnits - places)}`;
}
