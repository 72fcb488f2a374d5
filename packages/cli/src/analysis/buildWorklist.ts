import {
  addDays,
  type BusinessCalendar,
  currencyMinorUnits,
  fromMinorUnits,
  type IsoDate,
} from '@receivables/core';
import {
  defaultReminderPolicy,
  type ReminderPolicy,
  type ReminderStage,
  worklist,
} from '@receivables/reminder-policy';
import type { ScriptCatalog, SituationFlags, Tier } from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';
import type { CliInputs } from '../input/CliInputs.ts';
import { collectionStageOf } from './collectionStageOf.ts';
import { readExcuse } from './readExcuse.ts';
import type { ScriptValues } from './ScriptValues.ts';
import { suggestScripts } from './suggestScripts.ts';
import type { WorklistEntry } from './WorklistEntry.ts';

/** Options of {@link buildWorklist}. */
export interface BuildWorklistOptions {
  /** Today. */
  readonly asOf: IsoDate;
  /** @defaultValue `defaultReminderPolicy` */
  readonly policy?: ReminderPolicy;
  /** Risk tiers by customer id (see `riskTiersByCustomer`); a customer left out counts as tier 0. */
  readonly tiers?: Readonly<Record<string, number>>;
  /** The working days. @defaultValue `mondayToFridayCalendar` */
  readonly calendar?: BusinessCalendar;
  /** @defaultValue the default catalog (English and Chinese) */
  readonly catalog?: ScriptCatalog;
  /** The locales the scripts are rendered in; the first one chooses them. @defaultValue `['en']` */
  readonly locales?: readonly string[];
  /** How many lines, from the top, get their script rendered; the others name the template only. @defaultValue `3` */
  readonly scripts?: number;
  /** Sender, company, bank details, …: what the ledger does not hold. */
  readonly values?: ScriptValues;
  /** Situation flags for every line; the three required ones default to `false`. */
  readonly flags?: Partial<SituationFlags>;
}

const STAGE_ORDER: readonly ReminderStage[] = [
  'beforeDue',
  'earlyOverdue',
  'middleOverdue',
  'lateOverdue',
  'preLegal',
  'legal',
];

/**
 * Today's worklist with a script for each line: the reminder planner's worklist for the day (one line
 * per customer and channel, in priority order: limitation risk, tier, days past due, amount), and for
 * each line the script the catalog recommends for its situation (its most advanced stage, the excuse on
 * record read as a scenario, the tier, the channel and the limitation risk), rendered in each locale
 * for the first `scripts` lines. A contact the planner puts in the `legal` stage because the legal role
 * makes it (not a filing) gets, when no script is for that stage, the script of the stage its days past
 * due give.
 *
 * @param inputs - The validated inputs of the run (the history keeps today's done contacts off the list).
 * @param options - Today, the policy, tiers and calendar, the catalog, the locales, how many scripts to render, the values and flags.
 * @returns The lines in priority order, each with its customer's name, situation, excuse and script.
 * @throws {ReceivablesError} as `worklist` (`INVALID_POLICY`, `INVALID_HISTORY`, `INVALID_DATE`,
 *   `INVALID_ARGUMENT`) and `suggestScripts` do.
 *
 * @example
 * ```ts
 * import { buildWorklist } from '@receivables/cli';
 * import { parsePortfolio } from '@receivables/core';
 *
 * const portfolio = parsePortfolio({
 *   customers: [{ id: 'C1', name: 'Hengda Trading' }, { id: 'C2', name: 'Lianhe Steel' }],
 *   invoices: [
 *     { id: 'INV-1', customerId: 'C1', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-03-02', amount: '5000.00' },
 *     { id: 'INV-2', customerId: 'C2', currency: 'CNY', issueDate: '2026-01-05', dueDate: '2026-02-23', amount: '800.00' },
 *   ],
 * });
 * const inputs = { portfolio, creditProfiles: new Map(), history: {}, skipped: [], files: [] };
 * const entries = buildWorklist(inputs, { asOf: '2026-03-03', tiers: { C2: 3 }, scripts: 1 });
 * console.log(entries.map((entry) => `${entry.line.rank} ${entry.customerName} ${entry.line.channel} ${entry.script?.templateId}`)); // ["1 Lianhe Steel phone empathy.phone","2 Hengda Trading phone empathy.phone"]
 * console.log(entries.map((entry) => entry.script?.rendered.length)); // [1,0]
 * ```
 */
export function buildWorklist(inputs: CliInputs, options: BuildWorklistOptions): WorklistEntry[] {
  const { asOf } = options;
  const catalog = options.catalog ?? defaultScriptCatalog;
  const locales = options.locales ?? ['en'];
  const rendered = options.scripts ?? 3;
  const lines = worklist(options.policy ?? defaultReminderPolicy, inputs.portfolio, {
    asOf,
    history: inputs.history,
    ...(options.tiers === undefined ? {} : { tiers: options.tiers }),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  });
  const customers = new Map(inputs.portfolio.customers.map((customer) => [customer.id, customer]));
  const dueDates = new Map<string, IsoDate>();
  for (const invoice of inputs.portfolio.invoices) {
    for (const instalment of invoice.instalments)
      dueDates.set(`${invoice.id}#${instalment.index}`, instalment.dueDate);
  }
  return lines.map((line, index) => {
    const customer = customers.get(line.customerId);
    const name = customer?.name ?? line.customerId;
    const stage = line.actions
      .map((action) => action.context.stage)
      .reduce((most, stage) => (STAGE_ORDER.indexOf(stage) > STAGE_ORDER.indexOf(most) ? stage : most));
    const excuseText = line.actions.find((action) => action.context.excuse !== undefined)?.context.excuse;
    const excuse = excuseText === undefined ? null : readExcuse(excuseText, catalog);
    const flags: SituationFlags = {
      readyToEndRelationship: false,
      realDeadline: false,
      authorityToConcede: false,
      ...(line.limitationRisk ? { limitationAtRisk: true } : {}),
      ...options.flags,
    };
    const situationAt = (at: ReminderStage) => ({
      stage: at,
      tier: (line.tier ?? 0) as Tier,
      channel: line.channel,
      ...(excuse?.scenario == null ? {} : { scenario: excuse.scenario }),
      ...(excuse?.power === undefined ? {} : { power: excuse.power }),
      ...(excuse?.cause === undefined ? {} : { cause: excuse.cause }),
      asOf,
      flags,
    });
    const oldestDue = line.actions
      .flatMap((action) => action.instalments)
      .map((instalment) => dueDates.get(`${instalment.invoiceId}#${instalment.instalment}`))
      .filter((date): date is IsoDate => date !== undefined)
      .sort()[0];
    const [amount] = line.amounts;
    const contact = customer?.tags.contact;
    const facts = {
      customer: name,
      ...(contact === undefined ? {} : { contact }),
      ...(amount === undefined
        ? {}
        : {
            amount: {
              amount: fromMinorUnits(amount.amountMinor, amount.currency).toFixed(
                currencyMinorUnits(amount.currency),
              ),
              currency: amount.currency,
            },
          }),
      invoiceNumbers: line.invoiceIds,
      ...(oldestDue === undefined ? {} : { dueDate: oldestDue }),
      daysPastDue: line.daysPastDue,
      deadline: addDays(asOf, 7),
    };
    const suggest = (at: ReminderStage) =>
      suggestScripts(situationAt(at), {
        catalog,
        locales,
        facts,
        ...(options.values === undefined ? {} : { values: options.values }),
        limit: 1,
        render: index < rendered ? 1 : 0,
      }).scripts[0];
    let situation = situationAt(stage);
    let script = suggest(stage);
    // The planner calls a contact by the legal role 'legal'; when no script is for that stage, the
    // stage its days past due give is tried (the formal tactic's scripts are for late and pre-legal).
    if (script === undefined && stage === 'legal') {
      const byDays = collectionStageOf(line.daysPastDue);
      situation = situationAt(byDays);
      script = suggest(byDays);
    }
    // Still nothing: the nearest earlier stage with a script. The catalog's pre-legal tactics need
    // facts the ledger cannot tell (a decision to end the relationship, documented delivery), and a
    // collector on the phone today is better served by a late-overdue script than by none.
    for (let at = STAGE_ORDER.indexOf(situation.stage) - 1; script === undefined && at > 0; at -= 1) {
      const earlier = STAGE_ORDER[at]!;
      const found = suggest(earlier);
      if (found !== undefined) {
        situation = situationAt(earlier);
        script = found;
      }
    }
    return { line, customerName: name, situation, excuse, script: script ?? null };
  });
}
