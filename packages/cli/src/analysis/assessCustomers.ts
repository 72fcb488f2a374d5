import { type IsoDate, isReceivablesError, ReceivablesError } from '@receivables/core';
import {
  assessRiskTier,
  type CreditLimitOptions,
  createScorecard,
  creditLimit,
  type GradeScale,
  type RiskFacts,
  type RiskTierDefinition,
  type Scorecard,
  type ScoreResult,
  scoreApplicant,
  sevenItemScorecard,
} from '@receivables/credit-scoring';
import type { CliInputs } from '../input/CliInputs.ts';
import type { CreditProfile } from '../input/CreditProfile.ts';
import type { CustomerAssessment } from './CustomerAssessment.ts';
import type { CustomerFactName, CustomerFacts } from './CustomerFacts.ts';
import type { CustomerLimit } from './CustomerLimit.ts';
import type { CustomerScore } from './CustomerScore.ts';
import { collectLedgerFacts, type LedgerFacts } from './collectLedgerFacts.ts';
import { groupPortfolioByCustomer } from './groupPortfolioByCustomer.ts';
import { leaveOutMissingFactors } from './leaveOutMissingFactors.ts';
import { mergeCustomerFacts } from './mergeCustomerFacts.ts';
import { pickCustomerCurrency } from './pickCustomerCurrency.ts';

/** Options of {@link assessCustomers}. */
export interface AssessCustomersOptions {
  /** The day the ledger is seen. */
  readonly asOf: IsoDate;
  /**
   * The scorecard; it reads the seven-item field names (`onTimeRatio`, `currentRatio`, … `flags.*`,
   * `criticalSignals`, `maxDaysPastDue`) plus `signalCount`, `monthsTrading`, `group` and `tags`.
   * @defaultValue `sevenItemScorecard`
   */
  readonly scorecard?: Scorecard;
  /** A grade scale that replaces the scorecard's own (the scorecard is rebuilt from its definition). */
  readonly gradeScale?: GradeScale;
  /**
   * What to do when a factor whose policy is `reject` has no value (a customer without a credit
   * profile lacks the balance-sheet factors): `leaveOut` scores on the other factors and marks the score
   * `partial`; `reject` leaves the customer `unscored`.
   * @defaultValue `'leaveOut'`
   */
  readonly missingFactors?: 'leaveOut' | 'reject';
  /** Options of `creditLimit` (combination, rounding step, new-customer rules). */
  readonly limitOptions?: CreditLimitOptions;
  /** The risk-tier table. @defaultValue `defaultRiskTiers` */
  readonly riskTiers?: readonly RiskTierDefinition[];
  /** The reporting currency `rates` convert to; amounts in other currencies of a customer are converted only into it. */
  readonly reportingCurrency?: string;
  /** Units of the reporting currency per unit of each other currency, e.g. `{ USD: '7.1234' }`. @defaultValue `{}` */
  readonly rates?: Readonly<Record<string, string>>;
  /** Length of the limitation period (spec §5.1). @defaultValue `3` */
  readonly limitationYears?: number;
  /** Assess only these customers (in the portfolio's order); unknown ids are refused. @defaultValue every customer */
  readonly customerIds?: readonly string[];
}

const API = 'assessCustomers';

/**
 * Assesses every customer as of a date, from the ledger and the credit profiles: the behaviour facts
 * (on-time ratio by amount and broken promises over 12 months, days past due, months trading, open,
 * overdue and unapplied amounts, 6-month average receipts, days to the limitation expiry) merged with
 * the profile (a profile value wins; `sources` tells which fact came from where), the score with its
 * explanation, the grade and payment mode, the credit limit by the three methods (only with a profile:
 * otherwise `noProfile`, nothing invented), the exposure (open receivables + unshipped orders), the
 * headroom, and the risk tier with its measures.
 *
 * A customer without a profile is still scored on what the ledger shows: factors with no value and a
 * `reject` policy are left out and the score is marked `partial` (see `missingFactors`).
 *
 * @param inputs - The validated inputs of the run.
 * @param options - The day, the scorecard, limit and tier settings, and the currency conversion.
 * @returns One assessment per customer, in the portfolio's order.
 * @throws {ReceivablesError} `INVALID_OPTION` for an unknown id in `customerIds`; domain codes
 *   (`INVALID_ARGUMENT`, `INVALID_AMOUNT`, `INVALID_CURRENCY`, …) for a profile value the scorecard,
 *   `creditLimit` or `assessRiskTier` refuses, with the customer named in the message;
 *   `INVALID_SCORECARD` when `gradeScale` does not fit the scorecard's rules.
 *
 * @example
 * ```ts
 * import { assessCustomers } from '@receivables/cli';
 * import { decimal, parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading', onboardedOn: '2022-01-10' }, { id: 'C2', name: 'Lianhe Steel' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '80000.00' },
 *     { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-04', amount: '5000.00' },
 *   ],
 *   payments: [{ id: 'P1', customerId: 'C1', currency: 'CNY', date: '2026-02-03', amount: '80000.00' }],
 * });
 * const creditProfiles = new Map([
 *   ['C1', {
 *     customerId: 'C1', currentRatio: 2.1, debtToAssets: 0.35, collateralCoverage: 0, outlook: 'neutral' as const,
 *     operatingCashFlowToCurrentLiabilities: 0.25, companyAgeYears: 12, netAssets: decimal('3000000'),
 *     workingCapital: decimal('5000000'), annualCreditSales: decimal('1200000'), averageMonthlyReceipts: decimal('250000'),
 *   }],
 * ]);
 * const inputs = { portfolio, creditProfiles, history: {}, skipped: [], files: [] };
 * const [c1, c2] = assessCustomers(inputs, { asOf: '2026-03-31' });
 * console.log(c1?.score.status, c1?.grade?.id, c1?.limit.status === 'computed' ? c1.limit.result.limit.amount.toString() : '-'); // complete AA 200000
 * console.log(c2?.score.status, c2?.grade?.id, c2?.limit.status, c2?.riskTier.tier); // partial D noProfile 2
 * console.log(c2?.sources.onTimeRatio, c2?.sources.currentRatio, c2?.facts.maxDaysPastDue); // ledger none 55
 * ```
 */
export function assessCustomers(inputs: CliInputs, options: AssessCustomersOptions): CustomerAssessment[] {
  const scorecard = withGradeScale(options.scorecard ?? sevenItemScorecard, options.gradeScale);
  const parts = groupPortfolioByCustomer(inputs.portfolio);
  const customers = selectCustomers(inputs, options.customerIds);
  const conversion = {
    ...(options.reportingCurrency === undefined ? {} : { reportingCurrency: options.reportingCurrency }),
    rates: options.rates ?? {},
  };
  return customers.map((customer) => {
    const part = parts.get(customer.id)!;
    const profile = inputs.creditProfiles.get(customer.id);
    const currency = pickCustomerCurrency(part, profile, inputs.portfolio);
    const ledger = collectLedgerFacts(part, {
      asOf: options.asOf,
      currency,
      conversion,
      history: inputs.history,
      behaviourMonths: 12,
      receiptsMonths: 6,
      limitationYears: options.limitationYears ?? 3,
    });
    try {
      return assessOne(customer, currency, profile, ledger, scorecard, options);
    } catch (error) {
      if (!isReceivablesError(error)) throw error;
      throw new ReceivablesError(
        error.code,
        `${API}: customer ${JSON.stringify(customer.id)}: ${error.message}`,
        {
          details: { ...error.details, customerId: customer.id },
          cause: error,
        },
      );
    }
  });
}

function withGradeScale(scorecard: Scorecard, gradeScale: GradeScale | undefined): Scorecard {
  return gradeScale === undefined ? scorecard : createScorecard({ ...scorecard.definition, gradeScale });
}

function selectCustomers(
  inputs: CliInputs,
  ids: readonly string[] | undefined,
): CliInputs['portfolio']['customers'] {
  const all = inputs.portfolio.customers;
  if (ids === undefined) return all;
  const known = new Set(all.map((customer) => customer.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `${API}: customer ${unknown.map((id) => JSON.stringify(id)).join(', ')} is not in the portfolio`,
      { details: { option: 'customer', value: unknown.join(',') } },
    );
  }
  const wanted = new Set(ids);
  return all.filter((customer) => wanted.has(customer.id));
}

function assessOne(
  customer: CliInputs['portfolio']['customers'][number],
  currency: string,
  profile: CreditProfile | undefined,
  ledger: LedgerFacts,
  scorecard: Scorecard,
  options: AssessCustomersOptions,
): CustomerAssessment {
  const { facts, sources } = mergeCustomerFacts(ledger, profile);
  const applicant = applicantOf(customer, facts);
  const score = scoreCustomer(scorecard, applicant, options.missingFactors ?? 'leaveOut');
  const grade = score.status === 'unscored' ? null : score.result.grade;
  const limit = limitOf(profile, grade, currency, facts, options.limitOptions);
  const exposure = facts.openReceivables.plus(facts.unshippedOrders);
  const limitAmount = limit.status === 'computed' ? limit.result.limit.amount : null;
  const riskFacts: RiskFacts = {
    daysPastDue: facts.maxDaysPastDue,
    brokenPromises: facts.brokenPromises,
    ...(limitAmount === null ? {} : { exposure, limit: limitAmount }),
    ...(facts.signalCount === null ? {} : { signalCount: facts.signalCount }),
    ...(facts.criticalSignals === null ? {} : { criticalSignalCount: facts.criticalSignals }),
    ...(facts.daysToLimitationExpiry === null
      ? {}
      : { daysToLimitationExpiry: facts.daysToLimitationExpiry }),
  };
  return {
    customerId: customer.id,
    name: customer.name,
    ...(customer.group === undefined ? {} : { group: customer.group }),
    currency,
    hasProfile: profile !== undefined,
    facts,
    sources,
    unconverted: {
      open: ledger.unconvertedOpen,
      unapplied: ledger.unconvertedUnapplied,
      receipts: ledger.unconvertedReceipts,
    },
    applicant,
    score,
    grade,
    limit,
    exposure,
    available: limitAmount === null ? null : limitAmount.minus(exposure),
    riskTier: assessRiskTier(riskFacts, options.riskTiers === undefined ? {} : { tiers: options.riskTiers }),
  };
}

/** The facts under the field names the seven-item scorecard and its rules read; unknown facts left out. */
function applicantOf(
  customer: CliInputs['portfolio']['customers'][number],
  facts: CustomerFacts,
): Readonly<Record<string, unknown>> {
  const fields: readonly CustomerFactName[] = [
    'onTimeRatio',
    'brokenPromises',
    'currentRatio',
    'debtToAssets',
    'collateralCoverage',
    'outlook',
    'operatingCashFlowToCurrentLiabilities',
    'yearsTrading',
    'companyAgeYears',
    'criticalSignals',
    'signalCount',
    'maxDaysPastDue',
    'monthsTrading',
  ];
  const applicant: Record<string, unknown> = {};
  for (const field of fields) if (facts[field] !== null) applicant[field] = facts[field];
  const flags: Record<string, boolean> = {};
  for (const flag of ['courtDefaulter', 'abnormalOperation', 'licenceRevoked', 'deregistered'] as const) {
    const value = facts[flag];
    if (value !== null) flags[flag] = value;
  }
  applicant.flags = flags;
  if (customer.group !== undefined) applicant.group = customer.group;
  applicant.tags = customer.tags;
  return applicant;
}

function scoreCustomer(
  scorecard: Scorecard,
  applicant: Readonly<Record<string, unknown>>,
  missingFactors: 'leaveOut' | 'reject',
): CustomerScore {
  let first: ReceivablesError;
  try {
    return { status: 'complete', result: scoreApplicant(scorecard, applicant), leftOut: [] };
  } catch (error) {
    if (!isReceivablesError(error, 'MISSING_FACTOR_VALUE')) throw error;
    first = error;
  }
  const variant = missingFactors === 'leaveOut' ? leaveOutMissingFactors(scorecard) : null;
  if (variant === null) return { status: 'unscored', code: first.code, message: first.message };
  let result: ScoreResult;
  try {
    result = scoreApplicant(variant, applicant);
  } catch (error) {
    if (!isReceivablesError(error, 'MISSING_FACTOR_VALUE')) throw error;
    return { status: 'unscored', code: error.code, message: error.message };
  }
  const leftOut = result.factors.filter((factor) => factor.points === null).map((factor) => factor.id);
  return { status: 'partial', result, leftOut };
}

function limitOf(
  profile: CreditProfile | undefined,
  grade: ScoreResult['grade'] | null,
  currency: string,
  facts: CustomerFacts,
  limitOptions: CreditLimitOptions | undefined,
): CustomerLimit {
  if (profile === undefined) return { status: 'noProfile' };
  if (grade === null) return { status: 'ungraded' };
  const { annualCreditSales, netAssets, workingCapital, averageMonthlyReceipts, cycleMonths } = facts;
  if (annualCreditSales === null && netAssets === null && workingCapital === null)
    return { status: 'noInputs' };
  const result = creditLimit(
    {
      currency,
      grade,
      monthsTrading: facts.monthsTrading,
      ...(annualCreditSales === null ? {} : { annualCreditSales }),
      ...(cycleMonths === null ? {} : { cycleMonths }),
      ...(netAssets === null ? {} : { netAssets }),
      ...(averageMonthlyReceipts === null ? {} : { averageMonthlyReceipts }),
      ...(workingCapital === null ? {} : { workingCapital }),
    },
    limitOptions,
  );
  return { status: 'computed', creditDays: grade.maxCreditDays, result };
}
