import { ReceivablesError } from '../errors/ReceivablesError.ts';
import type { Money } from '../money/money.ts';
import { describeMoney } from './moneyDescribe.ts';

/**
 * The `CURRENCY_MISMATCH` error for two operands, e.g. `addMoney: cannot add USD 1.00 to CNY 2.00: the
 * currencies differ`. `action` reads as the verb phrase around the two amounts.
 *
 * @internal
 */
export function currencyMismatch(
  api: string,
  action: (first: string, second: string) => string,
  first: Money,
  second: Money,
): ReceivablesError {
  const shown = [describeMoney(first), describeMoney(second)] as const;
  return new ReceivablesError(
    'CURRENCY_MISMATCH',
    `${api}: cannot ${action(shown[0], shown[1])}: the currencies differ`,
    { details: { amounts: shown, currencies: [first.currency, second.currency] } },
  );
}
