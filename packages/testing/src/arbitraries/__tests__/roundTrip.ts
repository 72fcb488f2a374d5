import { type Portfolio, parsePortfolio, serializePortfolio } from '@receivables/core';

const EMPTY: Portfolio = {
  customers: [],
  invoices: [],
  payments: [],
  creditNotes: [],
  disputes: [],
  promises: [],
};

/** A portfolio of the given records, every other list empty. */
export function portfolioOf(records: Partial<Portfolio>): Portfolio {
  return { ...EMPTY, ...records };
}

/** What core makes of the portfolio after writing it out as JSON and reading it back. */
export function throughCore(portfolio: Portfolio): Portfolio {
  return parsePortfolio(JSON.parse(JSON.stringify(serializePortfolio(portfolio))));
}
