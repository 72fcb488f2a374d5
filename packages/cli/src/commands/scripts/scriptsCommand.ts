import { addDays, differenceInDays, type IsoDate } from '@receivables/core';
import type {
  CollectionStage,
  ContactChannel,
  NegotiatorStyle,
  PowerSituation,
  Situation,
  Tier,
  VariableValues,
} from '@receivables/script-catalog';
import { assessRun } from '../../analysis/assessRun.ts';
import { describeCustomerSituation } from '../../analysis/describeCustomerSituation.ts';
import { loadCatalogOption } from '../../analysis/loadCatalogOption.ts';
import { readChoiceOption } from '../../analysis/readChoiceOption.ts';
import { readCustomerOption } from '../../analysis/readCustomerOption.ts';
import { readDateOption } from '../../analysis/readDateOption.ts';
import { type ExcuseReading, readExcuse } from '../../analysis/readExcuse.ts';
import { readScriptOptions } from '../../analysis/readScriptOptions.ts';
import { readTextOption } from '../../analysis/readTextOption.ts';
import { readWholeNumberOption } from '../../analysis/readWholeNumberOption.ts';
import { scriptOptions } from '../../analysis/scriptOptions.ts';
import { suggestScripts } from '../../analysis/suggestScripts.ts';
import type { CliCommand, CommandContext, CommandResult } from '../../program/CliCommand.ts';
import { invalidOption } from '../../program/invalidOption.ts';
import { scriptsResult } from './scriptsResult.ts';

const WHERE = 'receivables scripts';
const STAGES: readonly CollectionStage[] = [
  'beforeDue',
  'earlyOverdue',
  'middleOverdue',
  'lateOverdue',
  'preLegal',
  'legal',
];
const CHANNELS: readonly ContactChannel[] = [
  'phone',
  'messaging',
  'email',
  'letter',
  'visit',
  'lawyerLetter',
  'legalFiling',
];
const POWERS: readonly PowerSituation[] = ['customerStronger', 'evenlyMatched', 'willingButUnable'];
const STYLES: readonly NegotiatorStyle[] = ['eagle', 'sheep', 'fox', 'donkey'];

/**
 * The `scripts` command: what to say in a situation. The situation is given by options (`--stage`,
 * `--excuse`, `--channel`, `--tier`, `--power`, `--style`, `--amount`, `--invoices`, `--due-date` or
 * `--days-past-due`) or read from a customer's open items, disputes and risk tier (`--customer <id>`;
 * the other options then override what was read). Prints the ranked templates and tactics with their
 * reasons, the excluded tactics, the advice, and the rendered texts of the best `--scripts` templates.
 *
 * @example
 * ```ts
 * import { scriptsCommand } from '@receivables/cli';
 *
 * console.log(scriptsCommand.options.slice(0, 3).map((option) => option.flags)); // ["--customer <id>","--stage <stage>","--excuse <text>"]
 * ```
 */
export const scriptsCommand: CliCommand = {
  name: 'scripts',
  summary: 'recommended tactics and scripts for a situation or a customer, rendered',
  options: [
    {
      flags: '--customer <id>',
      description: 'read the situation from this customer’s open items and history',
    },
    { flags: '--stage <stage>', description: `collection stage: ${STAGES.join(', ')}` },
    {
      flags: '--excuse <text>',
      description: 'the excuse given: E1–E10, a scenario or common excuse id, or its words',
    },
    { flags: '--channel <channel>', description: `the channel about to be used: ${CHANNELS.join(', ')}` },
    { flags: '--tier <n>', description: 'risk tier 0–4 (default: the customer’s, or 0)' },
    { flags: '--power <situation>', description: `who holds the power: ${POWERS.join(', ')}` },
    { flags: '--style <style>', description: `the contact’s negotiating style: ${STYLES.join(', ')}` },
    { flags: '--amount <amount>', description: 'the amount owed with its currency, e.g. "12800.00 CNY"' },
    { flags: '--invoices <ids>', description: 'the invoice numbers, separated by commas' },
    { flags: '--due-date <date>', description: 'the (oldest) due date, YYYY-MM-DD' },
    { flags: '--days-past-due <n>', description: 'days past the due date (instead of --due-date)' },
    { flags: '--customer-name <name>', description: 'the customer’s name as the texts quote it' },
    { flags: '--limit <n>', description: 'how many templates to list', defaultValue: '5' },
    { flags: '--scripts <n>', description: 'how many of them, from the best, to render', defaultValue: '1' },
    ...scriptOptions,
  ],
  run: async ({ options, commandOptions: given, io, loadInputs }: CommandContext): Promise<CommandResult> => {
    const { asOf, locale } = options;
    const limit = readWholeNumberOption(WHERE, '--limit', given.limit, 1) ?? 5;
    const rendered = readWholeNumberOption(WHERE, '--scripts', given.scripts, 0) ?? 1;
    const stage = readChoiceOption(WHERE, '--stage', given.stage, STAGES);
    const channel = readChoiceOption(WHERE, '--channel', given.channel, CHANNELS);
    const tier = readWholeNumberOption(WHERE, '--tier', given.tier, 0, 4) as Tier | undefined;
    const power = readChoiceOption(WHERE, '--power', given.power, POWERS);
    const style = readChoiceOption(WHERE, '--style', given.style, STYLES);
    const { locales, values, flags } = readScriptOptions(WHERE, given, locale);
    const catalog = await loadCatalogOption(options, io);
    const excuseText = readTextOption(WHERE, '--excuse', given.excuse);
    const givenExcuse = excuseText === undefined ? undefined : readExcuse(excuseText, catalog);
    const givenFacts = readFactOptions(given, asOf);
    if (given.customer === undefined && stage === undefined) {
      throw invalidOption(WHERE, '--stage', undefined, 'is required without --customer <id>');
    }
    let base: { situation: Omit<Situation, 'locale'>; facts: VariableValues; excuse: ExcuseReading | null };
    let customer: { id: string; name: string } | null = null;
    let nothingOpen = false;
    if (given.customer === undefined) {
      base = {
        situation: {
          stage: stage!,
          tier: 0,
          asOf,
          flags: { readyToEndRelationship: false, realDeadline: false, authorityToConcede: false },
        },
        facts: { deadline: addDays(asOf, 7) },
        excuse: null,
      };
    } else {
      const inputs = await loadInputs();
      const id = readCustomerOption(WHERE, inputs, given.customer)!;
      const [assessment] = (await assessRun(inputs, options, io, [id])).assessments;
      const read = describeCustomerSituation(inputs, id, { asOf, assessment: assessment!, catalog });
      base = read;
      customer = { id, name: read.name };
      nothingOpen = read.itemCount === 0;
    }
    const excuse = givenExcuse ?? base.excuse;
    const situation: Omit<Situation, 'locale'> = {
      ...withoutExcuse(base.situation, givenExcuse !== undefined),
      ...(stage === undefined ? {} : { stage }),
      ...(tier === undefined ? {} : { tier }),
      ...(channel === undefined ? {} : { channel }),
      ...(givenExcuse?.scenario == null ? {} : { scenario: givenExcuse.scenario }),
      ...(givenExcuse?.power === undefined ? {} : { power: givenExcuse.power }),
      ...(givenExcuse?.cause === undefined ? {} : { cause: givenExcuse.cause }),
      ...(power === undefined ? {} : { power }),
      ...(style === undefined ? {} : { style }),
      flags: { ...base.situation.flags, ...flags },
    };
    const suggestions = suggestScripts(situation, {
      catalog,
      locales,
      facts: { ...base.facts, ...givenFacts },
      values,
      limit,
      render: rendered,
    });
    return scriptsResult(suggestions, { asOf, locale, catalog, situation, excuse, customer, nothingOpen });
  },
};

/** The situation without the excuse it was read with, when the command line gives another. */
function withoutExcuse(situation: Omit<Situation, 'locale'>, replaced: boolean): Omit<Situation, 'locale'> {
  if (!replaced) return situation;
  const { scenario: _scenario, power: _power, cause: _cause, causeSubtype: _subtype, ...rest } = situation;
  return rest;
}

/** The facts given on the command line: amount, invoices, due date, days past due, customer name. */
function readFactOptions(
  given: Readonly<Record<string, unknown>>,
  asOf: IsoDate,
): Record<string, VariableValues[string]> {
  const facts: Record<string, VariableValues[string]> = {};
  const amount = readTextOption(WHERE, '--amount', given.amount);
  if (amount !== undefined) {
    const match = /^(?:([A-Za-z]{3})\s*)?(-?[0-9]+(?:\.[0-9]+)?)(?:\s*([A-Za-z]{3}))?$/.exec(amount);
    const currency = match?.[1] ?? match?.[3];
    if (match === null || currency === undefined || (match[1] !== undefined && match[3] !== undefined)) {
      throw invalidOption(
        WHERE,
        '--amount',
        amount,
        'is not an amount with its currency, e.g. "12800.00 CNY"',
      );
    }
    facts.amount = { amount: match[2]!, currency: currency.toUpperCase() };
  }
  const invoices = readTextOption(WHERE, '--invoices', given.invoices);
  if (invoices !== undefined) {
    facts.invoiceNumbers = invoices
      .split(/[,;]/)
      .map((id) => id.trim())
      .filter((id) => id !== '');
  }
  const name = readTextOption(WHERE, '--customer-name', given.customerName);
  if (name !== undefined) facts.customer = name;
  const dueDate = readDateOption(WHERE, '--due-date', given.dueDate);
  const daysPastDue = readSignedWholeNumber(given.daysPastDue);
  if (dueDate !== undefined && daysPastDue !== undefined && differenceInDays(asOf, dueDate) !== daysPastDue) {
    throw invalidOption(
      WHERE,
      '--days-past-due',
      String(daysPastDue),
      `contradicts --due-date ${dueDate}: as of ${asOf} that is ${differenceInDays(asOf, dueDate)} days`,
    );
  }
  if (dueDate !== undefined) {
    facts.dueDate = dueDate;
    facts.daysPastDue = differenceInDays(asOf, dueDate);
  } else if (daysPastDue !== undefined) {
    facts.daysPastDue = daysPastDue;
    facts.dueDate = addDays(asOf, -daysPastDue);
  }
  return facts;
}

function readSignedWholeNumber(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number =
    typeof value === 'string' && /^-?[0-9]+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (Number.isSafeInteger(number)) return number;
  throw invalidOption(WHERE, '--days-past-due', value, 'is not a whole number of days');
}
