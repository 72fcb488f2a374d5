import { computeOpenItems, type OpenItem } from '@receivables/aging';
import {
  addDays,
  currencyMinorUnits,
  differenceInDays,
  fromMinorUnits,
  type IsoDate,
  ReceivablesError,
} from '@receivables/core';
import type { ContactChannel, ScriptCatalog, SituationFlags, Tier } from '@receivables/script-catalog';
import type { CliInputs } from '../input/CliInputs.ts';
import { assessCustomers } from './assessCustomers.ts';
import type { CustomerAssessment } from './CustomerAssessment.ts';
import type { CustomerSituation } from './CustomerSituation.ts';
import { collectionStageOf } from './collectionStageOf.ts';
import { groupPortfolioByCustomer } from './groupPortfolioByCustomer.ts';
import { type ExcuseReading, readExcuse } from './readExcuse.ts';

/** Options of {@link describeCustomerSituation}. */
export interface DescribeCustomerSituationOptions {
  /** The day of the contact. */
  readonly asOf: IsoDate;
  /** The customer's assessment, for its risk tier and limitation facts; made with the defaults when absent. */
  readonly assessment?: CustomerAssessment;
  /** The channel about to be used; any when absent. */
  readonly channel?: ContactChannel;
  /**
   * Situation flags. The three required ones default to `false`; `limitationAtRisk` defaults to
   * whether the limitation period ends within `limitationAlertDays`.
   */
  readonly flags?: Partial<SituationFlags>;
  /** @defaultValue `180` (spec 5.1: the first alert) */
  readonly limitationAlertDays?: number;
  /** The catalog whose scenarios read the excuse. @defaultValue the default catalog */
  readonly catalog?: ScriptCatalog;
}

const API = 'describeCustomerSituation';

/**
 * Reads a customer's collection situation as of a date for the script recommender: the overdue open
 * items (or, when nothing is overdue, every open item), their undisputed amount, invoices, oldest due
 * date and days past due, the stage those days give, the excuse on record (the reason of the latest
 * dispute open on those invoices, read by {@link readExcuse}), the risk tier of the assessment and the
 * limitation risk.
 *
 * @param inputs - The validated inputs of the run.
 * @param customerId - The customer.
 * @param options - The day, the assessment, the channel and the flags.
 * @returns The situation and the facts the scripts quote.
 * @throws {ReceivablesError} `INVALID_OPTION` for a customer id the portfolio does not have.
 *
 * @example
 * ```ts
 * import { describeCustomerSituation } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading', tags: { contact: 'Ms Wang' } }],
 *   invoices: [{ id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-03-02', amount: '5000.00' }],
 *   disputes: [{ id: 'D1', customerId: 'C1', invoiceId: 'INV-1', openedOn: '2026-03-05', amount: '1000.00', reason: 'quality complaint' }],
 * });
 * const inputs = { portfolio, creditProfiles: new Map(), history: {}, skipped: [], files: [] };
 * const { situation, facts } = describeCustomerSituation(inputs, 'C1', { asOf: '2026-03-20' });
 * console.log(situation.stage, situation.scenario, situation.tier, facts.daysPastDue); // earlyOverdue E1 1 18
 * console.log(facts.amount, facts.contact); // {"amount":"4000.00","currency":"CNY"} Ms Wang
 * ```
 */
export function describeCustomerSituation(
  inputs: CliInputs,
  customerId: string,
  options: DescribeCustomerSituationOptions,
): CustomerSituation {
  const { asOf } = options;
  const part = groupPortfolioByCustomer(inputs.portfolio).get(customerId);
  const customer = part?.customers[0];
  if (part === undefined || customer === undefined) {
    throw new ReceivablesError(
      'INVALID_OPTION',
      `${API}: customer ${JSON.stringify(customerId)} is not in the portfolio`,
      {
        details: { option: 'customer', value: customerId },
      },
    );
  }
  const assessment = options.assessment ?? assessCustomers(inputs, { asOf, customerIds: [customerId] })[0]!;
  const open = computeOpenItems(part, { asOf }).items;
  const overdue = open.filter((item) => differenceInDays(asOf, item.dueDate) > 0);
  const chosen = pickItems(overdue.length > 0 ? overdue : open);
  const invoiceIds = [...new Set(chosen.map((item) => item.invoiceId))].sort();
  const oldest = chosen.reduce<IsoDate | null>(
    (least, item) => (least === null || item.dueDate < least ? item.dueDate : least),
    null,
  );
  const daysPastDue = oldest === null ? 0 : differenceInDays(asOf, oldest);
  const excuse = excuseOnRecord(inputs, invoiceIds, asOf, options.catalog);
  const expiry = assessment.facts.daysToLimitationExpiry;
  const flags: SituationFlags = {
    readyToEndRelationship: false,
    realDeadline: false,
    authorityToConcede: false,
    ...(expiry !== null && expiry <= (options.limitationAlertDays ?? 180) ? { limitationAtRisk: true } : {}),
    ...options.flags,
  };
  const currency = chosen[0]?.currency ?? assessment.currency;
  const undisputed = chosen.reduce((sum, item) => sum + item.openMinor - item.disputedMinor, 0);
  const contact = customer.tags.contact;
  return {
    customerId,
    name: customer.name,
    situation: {
      stage: collectionStageOf(daysPastDue),
      tier: assessment.riskTier.tier as Tier,
      ...(excuse?.scenario == null ? {} : { scenario: excuse.scenario }),
      ...(excuse?.power === undefined ? {} : { power: excuse.power }),
      ...(excuse?.cause === undefined ? {} : { cause: excuse.cause }),
      ...(options.channel === undefined ? {} : { channel: options.channel }),
      asOf,
      flags,
    },
    excuse,
    facts: {
      customer: customer.name,
      ...(contact === undefined ? {} : { contact }),
      amount: {
        amount: fromMinorUnits(undisputed, currency).toFixed(currencyMinorUnits(currency)),
        currency,
      },
      invoiceNumbers: invoiceIds,
      ...(oldest === null ? {} : { dueDate: oldest }),
      daysPastDue,
      deadline: addDays(asOf, 7),
    },
    itemCount: chosen.length,
  };
}

/** The items of one currency (that of the oldest due item), so the amount quoted is one sum. */
function pickItems(items: readonly OpenItem[]): OpenItem[] {
  const oldest = [...items].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))[0];
  return oldest === undefined ? [] : items.filter((item) => item.currency === oldest.currency);
}

function excuseOnRecord(
  inputs: CliInputs,
  invoiceIds: readonly string[],
  asOf: IsoDate,
  catalog: ScriptCatalog | undefined,
): ExcuseReading | null {
  const wanted = new Set(invoiceIds);
  let latest: CliInputs['portfolio']['disputes'][number] | undefined;
  for (const dispute of inputs.portfolio.disputes) {
    const open = dispute.openedOn <= asOf && (dispute.resolvedOn === undefined || dispute.resolvedOn > asOf);
    if (!open || dispute.reason === undefined || !wanted.has(dispute.invoiceId)) continue;
    if (
      latest === undefined ||
      dispute.openedOn > latest.openedOn ||
      (dispute.openedOn === latest.openedOn && dispute.id > latest.id)
    ) {
      latest = dispute;
    }
  }
  return latest?.reason === undefined ? null : readExcuse(latest.reason, catalog);
}
