/** A sentence in each locale the suite ships. */
export interface WriteOffText {
  /** English. */
  readonly en: string;
  /** Simplified Chinese. */
  readonly 'zh-CN': string;
}

/**
 * The stable code of a write-off ground. Accounting grounds follow 财税〔2009〕57号 art. 4 and
 * 小企业会计准则 art. 10 (spec §2.4); tax grounds start with `tax_`.
 */
export type WriteOffReasonCode =
  | 'debtor_bankrupt'
  | 'debtor_dissolved'
  | 'debtor_deregistered'
  | 'debtor_licence_revoked'
  | 'debtor_deceased'
  | 'debtor_missing'
  | 'overdue_over_3_years'
  | 'restructuring_unrecoverable'
  | 'force_majeure'
  | 'tax_statutory_ground'
  | 'tax_overdue_over_3_years'
  | 'tax_small_amount';

/**
 * How far the facts given satisfy a ground:
 * - `met`: every condition is satisfied by the facts given;
 * - `evidenceNeeded`: the facts point to the ground but the evidence it requires is not recorded;
 * - `bookWriteOffNeeded`: a tax ground satisfied except that the item is not yet written off in the books;
 * - `notYetDue`: the item is not yet due and the debtor is active, so no loss can be established yet.
 */
export type WriteOffReasonStatus = 'met' | 'evidenceNeeded' | 'bookWriteOffNeeded' | 'notYetDue';

/** One ground for writing an item off, with the rule it comes from. */
export interface WriteOffReason {
  /** The ground's stable code, to branch on. */
  readonly code: WriteOffReasonCode;
  /** How far the facts given satisfy it. */
  readonly status: WriteOffReasonStatus;
  /** The rule cited, e.g. `国家税务总局公告2011年第25号 art. 24`. */
  readonly rule: string;
  /** The ground in words. */
  readonly text: WriteOffText;
  /** What is still needed, when the status is not `met`. */
  readonly nextStep?: WriteOffText;
}

/** The stable code of a note that accompanies every piece of advice or some of them. */
export type WriteOffNoteCode =
  | 'advice_only'
  | 'claim_kept'
  | 'evidence_on_file'
  | 'small_amount_needs_cny'
  | 'annual_revenue_unknown';

/** A remark that goes with the advice. */
export interface WriteOffNote {
  /** The note's stable code. */
  readonly code: WriteOffNoteCode;
  /** The note in words. */
  readonly text: WriteOffText;
}

/**
 * Advice on whether an item may be written off, never an action: the suite books nothing. Each list
 * holds the grounds the facts point to, met or not, so a reviewer sees what is missing.
 */
export interface WriteOffAdvice {
  /** Whether some accounting ground is `met`: the item may be written off against the allowance. */
  readonly eligible: boolean;
  /** Whether some tax ground is `met`: the loss is deductible for enterprise income tax. */
  readonly taxDeductible: boolean;
  /** Days past due as of the assessment date (`asOf − dueDate`); zero or less when not yet due. */
  readonly daysPastDue: number;
  /** The accounting grounds (财税〔2009〕57号 art. 4; 小企业会计准则 art. 10). */
  readonly accounting: readonly WriteOffReason[];
  /** The tax grounds (国家税务总局公告2011年第25号 arts. 22–24). */
  readonly tax: readonly WriteOffReason[];
  /** Remarks: always that this is advice and that a write-off keeps the claim (账销案存). */
  readonly notes: readonly WriteOffNote[];
}
