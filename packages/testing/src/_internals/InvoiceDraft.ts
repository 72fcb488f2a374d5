import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { CustomerProfile } from './CustomerProfile.ts';
import type { GeneratorPlan } from './GeneratorPlan.ts';
import { between, chance, paretoBetween } from './randomDraws.ts';
import { invoiceId } from './recordIds.ts';

/** The most instalments a generated invoice has (3-3-3-1). @internal */
export const MAX_PARTS = 4;

/**
 * The invoice being drawn, in day numbers and minor units, before it is written. One draft is
 * refilled for every invoice: a million invoices then leave no million drafts for the garbage
 * collector. Instalments are the first `count` entries of `dueDays` and `minors`.
 * @internal
 */
export interface InvoiceDraft {
  /** 0-based position in the portfolio's invoices. */
  index: number;
  id: string;
  profile: CustomerProfile;
  issueDay: number;
  totalMinor: number;
  count: number;
  readonly dueDays: Float64Array;
  readonly minors: Float64Array;
}

/** @internal An empty draft to refill. */
export function createInvoiceDraft(profile: CustomerProfile): InvoiceDraft {
  return {
    index: 0,
    id: '',
    profile,
    issueDay: 0,
    totalMinor: 0,
    count: 0,
    dueDays: new Float64Array(MAX_PARTS),
    minors: new Float64Array(MAX_PARTS),
  };
}

/** Days from issue to the signing instalment of a plan. */
const SIGNING_DAYS = 7;
/** The warranty before the last instalment (质保金) falls due. */
const WARRANTY_DAYS = 365;

/**
 * Draws the `number`-th invoice (1-based) into `draft`. Issue dates are stratified over the span so
 * invoice numbers follow issue dates; amounts are Pareto-like within the customer's size, in whole
 * units or with a fraction; about 15% carry a 3-6-1 plan (30% at signing, 60% at delivery about 60
 * days later, 10% after a 12-month warranty) and 5% a 3-3-3-1 plan, split in minor units so the
 * parts sum exactly to the amount.
 *
 * @internal
 */
export function drawInvoice(
  rng: RandomGenerator,
  plan: GeneratorPlan,
  profile: CustomerProfile,
  number: number,
  draft: InvoiceDraft,
): void {
  const days = plan.asOfDay - plan.firstIssueDay + 1;
  const issueDay =
    plan.firstIssueDay + Math.floor(((number - 1) * days + between(rng, 0, days - 1)) / plan.invoiceCount);
  if (profile.firstInvoiceDay > issueDay) profile.firstInvoiceDay = issueDay;
  const { currency } = profile;
  const whole = paretoBetween(rng, profile.minMajor, profile.maxMajor) * currency.minorPerMajor;
  const totalMinor =
    whole + (currency.scale > 0 && chance(rng, 40) ? between(rng, 0, currency.minorPerMajor - 1) : 0);
  draft.index = number - 1;
  draft.id = invoiceId(number);
  draft.profile = profile;
  draft.issueDay = issueDay;
  draft.totalMinor = totalMinor;
  const roll = between(rng, 1, 100);
  const roundContract = chance(rng, 80);
  if (totalMinor < 10 || roll > 20) {
    draft.count = 1;
    draft.dueDays[0] = issueDay + profile.termsDays;
    draft.minors[0] = totalMinor;
  } else {
    drawPlan(rng, draft, roll <= 15, roundContract);
  }
}

/**
 * Fills a 3-6-1 or 3-3-3-1 plan. Most plans are project contracts with a round value (whole hundreds),
 * whose 30% and 10% parts are whole too; the rest split odd amounts, the last part taking the remainder.
 */
function drawPlan(
  rng: RandomGenerator,
  draft: InvoiceDraft,
  threeSixOne: boolean,
  roundContract: boolean,
): void {
  const { issueDay } = draft;
  const hundred = 100 * draft.profile.currency.minorPerMajor;
  if (roundContract && draft.totalMinor >= hundred) draft.totalMinor -= draft.totalMinor % hundred;
  if (threeSixOne) {
    const delivery = issueDay + 60 + between(rng, 0, 14);
    setPart(draft, 0, issueDay + SIGNING_DAYS, 30);
    setPart(draft, 1, delivery, 60);
    setLastPart(draft, 2, delivery + WARRANTY_DAYS);
  } else {
    const progress = issueDay + 30 + between(rng, 0, 10);
    const acceptance = progress + 30 + between(rng, 0, 10);
    setPart(draft, 0, issueDay + SIGNING_DAYS, 30);
    setPart(draft, 1, progress, 30);
    setPart(draft, 2, acceptance, 30);
    setLastPart(draft, 3, acceptance + WARRANTY_DAYS);
  }
}

/** A percent share of the total, rounded down in minor units. */
function setPart(draft: InvoiceDraft, position: number, dueDay: number, percent: number): void {
  draft.dueDays[position] = dueDay;
  draft.minors[position] = Math.floor((draft.totalMinor * percent) / 100);
}

/** The last part takes what the others left, so the parts sum exactly to the total. */
function setLastPart(draft: InvoiceDraft, position: number, dueDay: number): void {
  let left = draft.totalMinor;
  for (let i = 0; i < position; i++) left -= draft.minors[i]!;
  draft.dueDays[position] = dueDay;
  draft.minors[position] = left;
  draft.count = position + 1;
}
