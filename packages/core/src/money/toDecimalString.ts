import { fixedText } from '../_internals/moneyFixedText.ts';
import type { Money } from './money.ts';

/**
 * Writes an amount as plain decimal text with exactly its currency's minor-unit digits: the form for
 * files, databases and JSON. Never in exponent notation, never rounded.
 *
 * @param value - The amount, at its currency's scale.
 * @returns Text such as `1234.50` (CNY), `1235` (JPY) or `-0.125` (KWD).
 * @throws {ReceivablesError} `AMOUNT_TOO_PRECISE` when the amount has more decimals than its currency;
 *   round it first with `roundMoney`.
 *
 * @example
 * ```ts
 * import { money, toDecimalString } from '@receivables/core';
 *
 * console.log(toDecimalString(money(1234.5, 'CNY'))); // 1234.50
 * console.log(toDecimalString(money('1235', 'JPY'))); // 1235
 * ```
 */
export function toDecimalString(value: Money): string {
  return fixedText(value, 'toDecimalString');
}
