import { fromMinorUnits, type IsoDate } from '@receivables/core';
import type { PlannedAction } from '@receivables/reminder-policy';
import { findLocaleTexts } from '@receivables/script-catalog';
import { defaultScriptCatalog } from '@receivables/script-catalog/default';
import { analysisTexts } from '../../analysis/analysisTexts.ts';
import { formatAmountCell } from '../../analysis/formatAmountCell.ts';
import { formatAmountJson } from '../../analysis/formatAmountJson.ts';
import type { CommandResult, OutputTable } from '../../program/CliCommand.ts';
import type { CliLocale } from '../../program/CliOptions.ts';

/**
 * The `plan` command's result: one row per planned action (date, customer, invoices, channel, role,
 * level, amount, days past due, rule and reason), and the actions as JSON.
 *
 * @internal
 */
export function planResult(
  actions: readonly PlannedAction[],
  context: {
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly locale: CliLocale;
    readonly policyName: string;
    readonly names: ReadonlyMap<string, string>;
  },
): CommandResult {
  const { locale, names } = context;
  const texts = analysisTexts[locale];
  const channels = findLocaleTexts(defaultScriptCatalog, locale).channels;
  const column = (key: string, align?: 'right') => ({
    key,
    label: texts.columns[key] ?? key,
    ...(align === undefined ? {} : { align }),
  });
  const amountOf = (action: PlannedAction) => fromMinorUnits(action.amountMinor, action.currency);
  const table: OutputTable = {
    id: 'plan',
    title: `${texts.titles.plan} ${context.from} – ${context.to}`,
    columns: [
      column('date'),
      column('customer'),
      column('name'),
      column('invoices'),
      column('channel'),
      column('role'),
      column('level', 'right'),
      column('amount', 'right'),
      column('daysPastDue', 'right'),
      column('rule'),
      column('reason'),
    ],
    rows: actions.map((action) => ({
      date: action.date,
      customer: action.customerId,
      name: names.get(action.customerId) ?? '',
      invoices: action.invoiceIds.join(', '),
      channel: channels[action.channel],
      role: texts.roles[action.role] ?? action.role,
      level: String(action.level),
      amount: `${action.currency} ${formatAmountCell(amountOf(action), action.currency)}`,
      daysPastDue: String(action.daysPastDue),
      rule: texts.rules[action.reason.rule] ?? action.reason.rule,
      reason: action.reason.detail,
    })),
    notes: [
      texts.notes.window(context.from, context.to, actions.length),
      texts.notes.policy(context.policyName),
      texts.notes.tiers,
    ],
  };
  return {
    tables: [table],
    json: {
      from: context.from,
      to: context.to,
      policy: context.policyName,
      actions: actions.map((action) => ({
        date: action.date,
        customerId: action.customerId,
        customerName: names.get(action.customerId) ?? null,
        invoiceIds: action.invoiceIds,
        instalments: action.instalments,
        channel: action.channel,
        channelKind: action.channelKind,
        role: action.role,
        level: action.level,
        amount: formatAmountJson(amountOf(action), action.currency),
        daysPastDue: action.daysPastDue,
        rule: action.reason.rule,
        reason: action.reason.detail,
        stage: action.context.stage,
        excuse: action.context.excuse ?? null,
        tier: action.context.tier ?? null,
        ...(action.checklist === undefined ? {} : { checklist: action.checklist }),
      })),
    },
  };
}
