import { addDays, formatMoney, type IsoDate, money, toDayNumber } from '@receivables/core';
import { generatePortfolio } from '@receivables/testing';
import { defaultScriptCatalog } from '../src/default.ts';
import { findTemplate, type ScriptTemplate, type VariableValues } from '../src/index.ts';

/** The day every benchmark script is written on. */
export const BENCH_AS_OF: IsoDate = '2026-06-30';

/** What one script needs: the values of one overdue invoice of the shared seeded generator. */
export interface ScriptValues {
  readonly contact: string;
  readonly sender: string;
  readonly customer: string;
  readonly amount: { readonly amount: string; readonly currency: string };
  readonly invoiceNumbers: readonly string[];
  readonly dueDate: IsoDate;
  readonly daysPastDue: number;
  readonly deadline: IsoDate;
  readonly bankDetails: string;
  readonly company: string;
}

const CONTACTS = ['Ms Wang', 'Mr Li', 'Ms Zhang', 'Mr Liu', 'Ms Chen', 'Mr Yang', 'Ms Zhao', 'Mr Huang'];

/**
 * `count` value sets from the shared seeded portfolio generator: its invoices, each seen as overdue on
 * `BENCH_AS_OF` by at least a day, with the customer's name, a contact, and the real amounts and
 * currencies (mostly CNY, some USD) of the generated mix.
 */
export function generateScriptValues(count: number): ScriptValues[] {
  const portfolio = generatePortfolio({
    seed: 20_261_122,
    customers: 2_000,
    invoices: count,
    asOf: BENCH_AS_OF,
  });
  const names = new Map(portfolio.customers.map((customer) => [customer.id, customer.name]));
  const asOf = toDayNumber(BENCH_AS_OF);
  return portfolio.invoices.map((invoice, index) => ({
    contact: CONTACTS[index % CONTACTS.length] as string,
    sender: 'Li Lei',
    customer: names.get(invoice.customerId) ?? invoice.customerId,
    amount: { amount: invoice.amount.toFixed(), currency: invoice.currency },
    invoiceNumbers: index % 3 === 0 ? [invoice.id, `${invoice.id}-B`] : [invoice.id],
    dueDate: invoice.dueDate,
    daysPastDue: Math.max(1, asOf - toDayNumber(invoice.dueDate)),
    deadline: addDays(BENCH_AS_OF, 10),
    bankDetails: 'ICBC Shanghai Branch, 6222 0210 0100 0000 001',
    company: 'Huaxin Technology Co., Ltd.',
  }));
}

/** The two templates the benchmark renders in turn: an English phone script and a Chinese letter. */
export const BENCH_TEMPLATES: readonly [ScriptTemplate, ScriptTemplate] = [
  findTemplate(defaultScriptCatalog, 'deadline.phone', 'en'),
  findTemplate(defaultScriptCatalog, 'letter.firstNotice', 'zh-CN'),
];

/** The declared values of a template, picked from a value set. */
export function valuesFor(template: ScriptTemplate, values: ScriptValues): VariableValues {
  const picked: Record<string, VariableValues[string]> = {};
  for (const name of Object.keys(template.variables)) picked[name] = values[name as keyof ScriptValues];
  return picked;
}

const dates = new Map<string, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();
const plurals = new Intl.PluralRules('en');

function dateIn(locale: string, date: IsoDate): string {
  let format = dates.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    dates.set(locale, format);
  }
  return format.format(new Date(toDayNumber(date) * 86_400_000));
}

function listIn(locale: string, items: readonly string[]): string {
  let format = lists.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    lists.set(locale, format);
  }
  return format.format(items);
}

/**
 * The baseline: the same two scripts as hand-written template literals, with the same formatting
 * (exact money through `formatMoney`, dates in UTC, locale lists and plurals) but no validation, no
 * escaping and no ICU. This is what a team would write without the catalog.
 */
export function handWrittenScript(which: 0 | 1, v: ScriptValues): string {
  if (which === 0) {
    const amount = formatMoney(money(v.amount.amount, v.amount.currency), { locale: 'en' });
    const days = `${v.daysPastDue.toLocaleString('en')} ${plurals.select(v.daysPastDue) === 'one' ? 'day' : 'days'}`;
    const deadline = dateIn('en', v.deadline);
    return `Hello ${v.contact}, this is ${v.sender}. I'll be straightforward: our books for this period close on ${deadline}, and the ${amount} (ref. ${listIn('en', v.invoiceNumbers)}), now ${days} past due, decides where my team lands this period.
Could you schedule the payment so it reaches us before ${deadline}? If something is blocking it, tell me now so there's still time to fix it.`;
  }
  const amount = formatMoney(money(v.amount.amount, v.amount.currency), { locale: 'zh-CN' });
  return `致：${v.customer}

付款提醒函

经核对，贵司以下款项尚未支付：
发票号：${listIn('zh-CN', v.invoiceNumbers)}
金额：${amount}
约定付款日：${dateIn('zh-CN', v.dueDate)}

如贵司已安排付款，请忽略本函。如尚未支付，请于${dateIn('zh-CN', v.deadline)}前将款项汇至：
${v.bankDetails}

如对上述发票有任何疑问，欢迎随时与我们联系。

此致
敬礼

${v.sender}
${v.company}`;
}
