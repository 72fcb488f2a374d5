import type { BundleSizeCase } from './BundleSizeCase.ts';

const whole = (from: string, locales?: readonly ('en' | 'zh-CN')[]): BundleSizeCase => ({
  label: `all of \`${from}\``,
  imports: [{ from, names: '*' }],
  ...(locales === undefined ? {} : { locales }),
});

const some = (
  from: string,
  names: readonly string[],
  locales?: readonly ('en' | 'zh-CN')[],
): BundleSizeCase => ({
  label: `\`{ ${names.join(', ')} }\` from \`${from}\``,
  imports: [{ from, names }],
  ...(locales === undefined ? {} : { locales }),
});

/**
 * The bundles whose sizes are recorded: each entry point whole, and a typical import of it. The
 * script catalog's locales are measured apart, and each script-catalog bundle states which locales'
 * texts it must carry, so the table shows (and the run checks) that they load separately.
 */
export const bundleSizeCases: readonly BundleSizeCase[] = [
  whole('@receivables/core'),
  some('@receivables/core', ['money', 'addMoney', 'toDecimalString']),
  some('@receivables/core', ['addBusinessDays', 'createBusinessCalendar']),
  whole('@receivables/aging'),
  some('@receivables/aging', ['ageReceivables']),
  whole('@receivables/credit-scoring'),
  some('@receivables/credit-scoring', ['createScorecard', 'scoreApplicant']),
  whole('@receivables/reminder-policy'),
  some('@receivables/reminder-policy', ['planReminders', 'defaultReminderPolicy']),
  whole('@receivables/script-catalog', []),
  some('@receivables/script-catalog', ['recommendTactics'], []),
  whole('@receivables/script-catalog/locales/en', ['en']),
  whole('@receivables/script-catalog/locales/zh-CN', ['zh-CN']),
  whole('@receivables/script-catalog/default', ['en', 'zh-CN']),
  {
    label:
      'an English-only app: `{ createScriptCatalog, findTemplate, renderScript }` from `@receivables/script-catalog` and `{ en }` from `@receivables/script-catalog/locales/en`',
    imports: [
      { from: '@receivables/script-catalog', names: ['createScriptCatalog', 'findTemplate', 'renderScript'] },
      { from: '@receivables/script-catalog/locales/en', names: ['en'] },
    ],
    locales: ['en'],
  },
];
