import type { VariableValues } from '@receivables/script-catalog';
import type { ScriptValues } from './ScriptValues.ts';

const BLANKS: Readonly<Record<'en' | 'zh', Readonly<Record<string, string | readonly string[]>>>> = {
  en: {
    contact: '[contact]',
    sender: '[your name]',
    company: '[our company]',
    bankDetails: '[bank details]',
    offer: '[offer]',
    customer: '[customer]',
    invoiceNumbers: ['[invoice numbers]'],
  },
  zh: {
    contact: '[联系人]',
    sender: '[您的姓名]',
    company: '[我司名称]',
    bankDetails: '[收款账户]',
    offer: '[优惠条件]',
    customer: '[客户名称]',
    invoiceNumbers: ['[发票号]'],
  },
};

/**
 * The variables of a script in one locale: the facts from the ledger, the values the run gave, and a
 * bracketed blank in the locale's language for each text the run did not give.
 *
 * @internal
 */
export function fillScriptVariables(
  facts: VariableValues,
  values: ScriptValues,
  locale: string,
): VariableValues {
  const blanks = locale.toLowerCase().startsWith('zh') ? BLANKS.zh : BLANKS.en;
  const given: Record<string, string> = {};
  for (const name of ['contact', 'sender', 'company', 'bankDetails', 'offer'] as const) {
    const value = values[name];
    if (value !== undefined) given[name] = value;
  }
  return {
    ...blanks,
    ...facts,
    ...given,
    ...(values.deadline === undefined ? {} : { deadline: values.deadline }),
  };
}
