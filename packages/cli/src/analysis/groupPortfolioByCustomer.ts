import type { Portfolio } from '@receivables/core';

type MutablePortfolio = {
  customers: Portfolio['customers'][number][];
  invoices: Portfolio['invoices'][number][];
  payments: Portfolio['payments'][number][];
  creditNotes: Portfolio['creditNotes'][number][];
  disputes: Portfolio['disputes'][number][];
  promises: Portfolio['promises'][number][];
};

/**
 * Splits a portfolio into one portfolio per customer (every customer of the portfolio has one, empty
 * or not), keeping the records' order. Payment application and aging work per customer, so each part
 * ages exactly as the whole does, at the cost of its own records only.
 *
 * @internal
 */
export function groupPortfolioByCustomer(portfolio: Portfolio): ReadonlyMap<string, Portfolio> {
  const parts = new Map<string, MutablePortfolio>();
  for (const customer of portfolio.customers) {
    parts.set(customer.id, {
      customers: [customer],
      invoices: [],
      payments: [],
      creditNotes: [],
      disputes: [],
      promises: [],
    });
  }
  const add = <Key extends Exclude<keyof MutablePortfolio, 'customers'>>(
    key: Key,
    records: readonly MutablePortfolio[Key][number][],
  ): void => {
    for (const record of records)
      (parts.get(record.customerId)?.[key] as unknown[] | undefined)?.push(record);
  };
  add('invoices', portfolio.invoices);
  add('payments', portfolio.payments);
  add('creditNotes', portfolio.creditNotes);
  add('disputes', portfolio.disputes);
  add('promises', portfolio.promises);
  return parts;
}
