import { decimal } from '@receivables/core';
import type { CreditProfile } from '../input/CreditProfile.ts';
import type { CustomerFactName, CustomerFacts } from './CustomerFacts.ts';
import type { LedgerFacts } from './collectLedgerFacts.ts';
import type { FactSource } from './FactSource.ts';

type Sources = Record<CustomerFactName, FactSource>;

/**
 * Merges what the ledger shows with the customer's credit profile: a profile value overrides the
 * derived one, and each fact's source is recorded.
 *
 * @internal
 */
export function mergeCustomerFacts(
  ledger: LedgerFacts,
  profile: CreditProfile | undefined,
): { facts: CustomerFacts; sources: Readonly<Sources> } {
  const sources = {} as Sources;
  const fromLedger = <Value>(name: CustomerFactName, value: Value): Value => {
    sources[name] = value === null ? 'none' : 'ledger';
    return value;
  };
  const either = <Value>(name: CustomerFactName, own: Value | undefined, derived: Value): Value => {
    if (own !== undefined) {
      sources[name] = 'profile';
      return own;
    }
    return fromLedger(name, derived);
  };
  const only = <Value>(name: CustomerFactName, own: Value | undefined): Value | null => {
    sources[name] = own === undefined ? 'none' : 'profile';
    return own ?? null;
  };
  const monthsTrading = either('monthsTrading', profile?.monthsTrading, ledger.monthsTrading);
  if (profile?.monthsTrading === undefined && ledger.tradingSince === null) sources.monthsTrading = 'none';
  const yearsTrading = profile?.yearsTrading ?? monthsTrading / 12;
  sources.yearsTrading = profile?.yearsTrading === undefined ? sources.monthsTrading : 'profile';
  const unshipped = only('unshippedOrders', profile?.unshippedOrders);
  const facts: CustomerFacts = {
    onTimeRatio: either('onTimeRatio', profile?.onTimeRatio, ledger.onTimeRatio),
    brokenPromises: either('brokenPromises', profile?.brokenPromises, ledger.brokenPromises),
    maxDaysPastDue: fromLedger('maxDaysPastDue', ledger.maxDaysPastDue),
    monthsTrading,
    yearsTrading,
    tradingSince: fromLedger('tradingSince', ledger.tradingSince),
    currentRatio: only('currentRatio', profile?.currentRatio),
    debtToAssets: only('debtToAssets', profile?.debtToAssets),
    collateralCoverage: only('collateralCoverage', profile?.collateralCoverage),
    outlook: only('outlook', profile?.outlook),
    operatingCashFlowToCurrentLiabilities: only(
      'operatingCashFlowToCurrentLiabilities',
      profile?.operatingCashFlowToCurrentLiabilities,
    ),
    companyAgeYears: only('companyAgeYears', profile?.companyAgeYears),
    courtDefaulter: only('courtDefaulter', profile?.courtDefaulter),
    abnormalOperation: only('abnormalOperation', profile?.abnormalOperation),
    licenceRevoked: only('licenceRevoked', profile?.licenceRevoked),
    deregistered: only('deregistered', profile?.deregistered),
    signalCount: only('signalCount', profile?.signalCount),
    criticalSignals: only('criticalSignals', profile?.criticalSignals),
    openReceivables: fromLedger('openReceivables', ledger.openReceivables),
    overdue: fromLedger('overdue', ledger.overdue),
    unapplied: fromLedger('unapplied', ledger.unapplied),
    unshippedOrders: unshipped ?? decimal(0),
    averageMonthlyReceipts: either(
      'averageMonthlyReceipts',
      profile?.averageMonthlyReceipts,
      ledger.averageMonthlyReceipts,
    ),
    annualCreditSales: only('annualCreditSales', profile?.annualCreditSales),
    cycleMonths: only('cycleMonths', profile?.cycleMonths),
    netAssets: only('netAssets', profile?.netAssets),
    workingCapital: only('workingCapital', profile?.workingCapital),
    daysToLimitationExpiry: fromLedger('daysToLimitationExpiry', ledger.daysToLimitationExpiry),
  };
  return { facts, sources };
}
