import type {
  WriteOffReason,
  WriteOffReasonCode,
  WriteOffReasonStatus,
  WriteOffText,
} from '../allowance/WriteOffAdvice.ts';
import type { WriteOffEvidence } from '../allowance/WriteOffCandidate.ts';
import type { DebtorStatus } from '../allowance/WriteOffContext.ts';
import {
  allowanceWriteOffEvidenceSteps,
  allowanceWriteOffReasonTexts,
  allowanceWriteOffRules,
  allowanceWriteOffStatusSteps,
} from './allowanceWriteOffTexts.ts';

/** The facts a write-off assessment rests on, read and checked. @internal */
export interface AllowanceWriteOffFacts {
  /** Whole years past the due date; 0 when not overdue. */
  readonly overdueYears: number;
  /** Not yet overdue while the debtor is active: no loss can be established yet. */
  readonly premature: boolean;
  readonly debtorStatus: DebtorStatus;
  readonly evidence: ReadonlySet<WriteOffEvidence>;
  readonly writtenOffInBooks: boolean;
  /** Whether the small-amount limit of the tax rule holds (¥50,000 or 0.01 % of revenue). */
  readonly smallAmount: boolean;
}

const DEBTOR_GROUNDS: Readonly<Partial<Record<DebtorStatus, WriteOffReasonCode>>> = {
  bankrupt: 'debtor_bankrupt',
  dissolved: 'debtor_dissolved',
  deregistered: 'debtor_deregistered',
  licenceRevoked: 'debtor_licence_revoked',
  deceased: 'debtor_deceased',
  missing: 'debtor_missing',
};

/**
 * The accounting grounds the facts point to (spec §2.4; 财税〔2009〕57号 art. 4): the debtor's status
 * with insufficient assets, 3 years or more overdue with firm evidence the debtor cannot pay,
 * restructuring and force majeure.
 *
 * @internal
 */
export function allowanceAccountingGrounds(facts: AllowanceWriteOffFacts): WriteOffReason[] {
  const { evidence } = facts;
  const grounds: WriteOffReason[] = [];
  const debtorGround = DEBTOR_GROUNDS[facts.debtorStatus];
  if (debtorGround !== undefined) {
    grounds.push(withEvidence(debtorGround, evidence.has('insufficientAssets'), 'insufficientAssets'));
  }
  if (facts.overdueYears >= 3) {
    grounds.push(withEvidence('overdue_over_3_years', evidence.has('cannotPay'), 'cannotPay'));
  }
  // A debt that has not fallen due from a debtor still trading has not failed yet, whatever is claimed.
  const evidenced: WriteOffReasonStatus = facts.premature ? 'notYetDue' : 'met';
  if (evidence.has('restructuringUnrecoverable'))
    grounds.push(reason('restructuring_unrecoverable', evidenced));
  if (evidence.has('forceMajeure')) grounds.push(reason('force_majeure', evidenced));
  return grounds;
}

/**
 * The tax grounds (国家税务总局公告2011年第25号 arts. 22–24): an accounting ground met, 3 years or more
 * overdue, or 1 year or more overdue and small; each is met only once the item is written off in the books.
 *
 * @internal
 */
export function allowanceTaxGrounds(
  facts: AllowanceWriteOffFacts,
  accounting: readonly WriteOffReason[],
): WriteOffReason[] {
  const grounds: WriteOffReason[] = [];
  // An accounting ground still short of evidence is already listed there; only a met one is a tax ground.
  if (accounting.some((ground) => ground.status === 'met'))
    grounds.push(inBooks('tax_statutory_ground', facts));
  if (facts.overdueYears >= 3) grounds.push(inBooks('tax_overdue_over_3_years', facts));
  if (facts.overdueYears >= 1 && facts.smallAmount) grounds.push(inBooks('tax_small_amount', facts));
  return grounds;
}

function inBooks(code: WriteOffReasonCode, facts: AllowanceWriteOffFacts): WriteOffReason {
  return reason(code, facts.writtenOffInBooks ? 'met' : 'bookWriteOffNeeded');
}

function withEvidence(
  code: WriteOffReasonCode,
  evidenced: boolean,
  needed: 'insufficientAssets' | 'cannotPay',
): WriteOffReason {
  return evidenced
    ? reason(code, 'met')
    : reason(code, 'evidenceNeeded', allowanceWriteOffEvidenceSteps[needed]);
}

function reason(code: WriteOffReasonCode, status: WriteOffReasonStatus, step?: WriteOffText): WriteOffReason {
  const nextStep =
    step ??
    (status === 'met' || status === 'evidenceNeeded' ? undefined : allowanceWriteOffStatusSteps[status]);
  return {
    code,
    status,
    rule: allowanceWriteOffRules[code],
    text: allowanceWriteOffReasonTexts[code],
    ...(nextStep === undefined ? {} : { nextStep }),
  };
}
