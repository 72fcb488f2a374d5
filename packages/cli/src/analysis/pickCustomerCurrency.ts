import type { Portfolio } from '@receivables/core';
import type { CreditProfile } from '../input/CreditProfile.ts';

/**
 * The currency a customer's figures are kept in: its profile's, else the currency of most of its
 * invoices (ties to the first code in alphabetical order), else the portfolio's most used currency,
 * else CNY for an empty ledger.
 *
 * @internal
 */
export function pickCustomerCurrency(
  part: Portfolio,
  profile: CreditProfile | undefined,
  portfolio: Portfolio,
): string {
  if (profile?.currency !== undefined) return profile.currency;
  return mostUsed(part.invoices) ?? mostUsed(portfolio.invoices) ?? 'CNY';
}

function mostUsed(invoices: Portfolio['invoices']): string | undefined {
  const counts = new Map<string, number>();
  for (const invoice of invoices) counts.set(invoice.currency, (counts.get(invoice.currency) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [currency, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== undefined && currency < best)) {
      best = currency;
      bestCount = count;
    }
  }
  return best;
}
