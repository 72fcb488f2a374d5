import { decimal, describeValue, differenceInDays, differenceInFullYears } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { allowanceArgumentError } from '../_internals/allowanceArgument.ts';
import { type AllowanceCurrency, allowanceCurrency } from '../_internals/allowanceCurrency.ts';
import { allowanceReadAmount } from '../_internals/allowanceReadAmount.ts';
import { allowanceReadDate } from '../_internals/allowanceReadDate.ts';
import { allowanceAccountingGrounds, allowanceTaxGrounds } from '../_internals/allowanceWriteOffGrounds.ts';
import { allowanceWriteOffNoteTexts } from '../_internals/allowanceWriteOffTexts.ts';
import type { WriteOffAdvice, WriteOffNote, WriteOffNoteCode } from './WriteOffAdvice.ts';
import type { WriteOffCandidate, WriteOffEvidence } from './WriteOffCandidate.ts';
import type { DebtorStatus, WriteOffContext } from './WriteOffContext.ts';

const API = 'assessWriteOffEligibility';
const DEBTOR_STATUSES: readonly DebtorStatus[] = [
  'active',
  'bankrupt',
  'dissolved',
  'deregistered',
  'licenceRevoked',
  'deceased',
  'missing',
];
const EVIDENCE: readonly WriteOffEvidence[] = [
  'insufficientAssets',
  'cannotPay',
  'restructuringUnrecoverable',
  'forceMajeure',
];
/** The small-amount limit of 公告2011年第25号 art. 24, in yuan. */
const SMALL_AMOUNT_CNY: Decimal = decimal('50000');
/** The alternative limit of art. 24: one ten-thousandth (万分之一) of the year's revenue. */
const SMALL_SHARE_OF_REVENUE: Decimal = decimal('0.0001');

/**
 * Advises whether a receivable may be written off, and whether the loss is tax-deductible, under the PRC
 * rules of spec §2.4. It only advises: nothing is booked, and a write-off never waives the claim (账销案存).
 *
 * Accounting grounds (财税〔2009〕57号 art. 4; 小企业会计准则 art. 10): the debtor bankrupt, dissolved,
 * deregistered or with its licence revoked, or deceased or missing, and its assets insufficient
 * (evidence `insufficientAssets`); 3 years or more overdue with firm evidence the debtor cannot pay
 * (`cannotPay`); unrecoverable after a restructuring (`restructuringUnrecoverable`); force majeure
 * (`forceMajeure`). An item not yet due from an active debtor is never eligible.
 *
 * Tax grounds, each requiring the write-off in the books: an accounting ground met (公告2011年第25号
 * art. 22); 3 years or more overdue (art. 23); 1 year or more overdue and at most ¥50,000 or 0.01 % of
 * the annual revenue (art. 24), with a special report for the last two.
 *
 * "N years overdue" means `asOf` is on or after `addYears(dueDate, N)`: 以上 includes the number itself
 * (民法典 art. 1259).
 *
 * @param item - The amount still owed, its currency, its due date and the evidence on file.
 * @param context - The assessment date, the debtor's status, the annual revenue and whether the item is
 *   already written off in the books.
 * @returns The advice: eligibility, deductibility, the grounds the facts point to (each with its status,
 *   rule, en/zh-CN text and next step) and notes.
 * @throws {ReceivablesError} `INVALID_DATE` for a due date or `asOf` that is not a date;
 *   `INVALID_AMOUNT` for an amount that is not more than zero or a negative revenue; `AMOUNT_TOO_PRECISE`
 *   for one finer than the currency; `AMOUNT_OUT_OF_RANGE` for more than 30 integer digits;
 *   `INVALID_CURRENCY` for an unknown code; `INVALID_ARGUMENT` for an unknown debtor status or evidence.
 *
 * @example
 * ```ts
 * import { assessWriteOffEligibility } from '@receivables/aging';
 *
 * const advice = assessWriteOffEligibility(
 *   { amount: '42000.00', currency: 'CNY', dueDate: '2022-03-31' },
 *   { asOf: '2025-06-30' },
 * );
 * console.log(advice.eligible, advice.accounting.map((ground) => `${ground.code}: ${ground.status}`)); // false ["overdue_over_3_years: evidenceNeeded"]
 * console.log(advice.tax.map((ground) => `${ground.code}: ${ground.status}`)); // ["tax_overdue_over_3_years: bookWriteOffNeeded","tax_small_amount: bookWriteOffNeeded"]
 * console.log(advice.notes.map((note) => note.code)); // ["advice_only","claim_kept","evidence_on_file"]
 * ```
 */
export function assessWriteOffEligibility(item: WriteOffCandidate, context: WriteOffContext): WriteOffAdvice {
  const currency = allowanceCurrency(item.currency, API);
  const amount = allowanceReadAmount(item.amount, currency, API, 'amount', true);
  const dueDate = allowanceReadDate(item.dueDate, API, 'dueDate');
  const asOf = allowanceReadDate(context.asOf, API, 'asOf');
  const evidence = readEvidence(item.evidence);
  const debtorStatus = readDebtorStatus(context.debtorStatus);
  const writtenOffInBooks = readFlag(context.writtenOffInBooks);
  const revenue =
    context.annualRevenue === undefined
      ? undefined
      : allowanceReadAmount(context.annualRevenue, currency, API, 'annualRevenue');
  const daysPastDue = differenceInDays(asOf, dueDate);
  const overdueYears = daysPastDue > 0 ? differenceInFullYears(asOf, dueDate) : 0;
  const small = smallAmountTests(amount, currency, revenue);
  const facts = {
    overdueYears,
    premature: daysPastDue <= 0 && debtorStatus === 'active',
    debtorStatus,
    evidence,
    writtenOffInBooks,
    smallAmount: small.byCny || small.byRevenue,
  };
  const accounting = allowanceAccountingGrounds(facts);
  const tax = allowanceTaxGrounds(facts, accounting);
  const notes: WriteOffNoteCode[] = ['advice_only', 'claim_kept'];
  if (tax.some((ground) => ground.status === 'met' || ground.status === 'bookWriteOffNeeded')) {
    notes.push('evidence_on_file');
  }
  if (overdueYears >= 1 && !facts.smallAmount) {
    if (currency.code !== 'CNY') notes.push('small_amount_needs_cny');
    if (revenue === undefined) notes.push('annual_revenue_unknown');
  }
  return {
    eligible: accounting.some((ground) => ground.status === 'met'),
    taxDeductible: tax.some((ground) => ground.status === 'met'),
    daysPastDue,
    accounting,
    tax,
    notes: notes.map((code): WriteOffNote => ({ code, text: allowanceWriteOffNoteTexts[code] })),
  };
}

/** The two limits of the small-amount rule; the ¥50,000 one only speaks of amounts in yuan. */
function smallAmountTests(
  amount: Decimal,
  currency: AllowanceCurrency,
  revenue: Decimal | undefined,
): { byCny: boolean; byRevenue: boolean } {
  return {
    byCny: currency.code === 'CNY' && amount.lessThanOrEqualTo(SMALL_AMOUNT_CNY),
    byRevenue: revenue !== undefined && amount.lessThanOrEqualTo(revenue.times(SMALL_SHARE_OF_REVENUE)),
  };
}

function readEvidence(value: unknown): ReadonlySet<WriteOffEvidence> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) {
    throw allowanceArgumentError(API, `evidence: ${describeValue(value)} is not a list`);
  }
  value.forEach((entry: unknown, index) => {
    if (!EVIDENCE.includes(entry as WriteOffEvidence)) {
      throw allowanceArgumentError(
        API,
        `evidence[${index}]: ${describeValue(entry)} is not one of ${EVIDENCE.join(', ')}`,
      );
    }
  });
  return new Set(value as WriteOffEvidence[]);
}

function readDebtorStatus(value: unknown): DebtorStatus {
  if (value === undefined) return 'active';
  if (DEBTOR_STATUSES.includes(value as DebtorStatus)) return value as DebtorStatus;
  throw allowanceArgumentError(
    API,
    `debtorStatus: ${describeValue(value)} is not one of ${DEBTOR_STATUSES.join(', ')}`,
  );
}

function readFlag(value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  throw allowanceArgumentError(API, `writtenOffInBooks: ${describeValue(value)} is not true or false`);
}
