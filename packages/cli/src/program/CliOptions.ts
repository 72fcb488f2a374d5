import type { IsoDate } from '@receivables/core';

/** The output formats every command supports. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'md';

/** The languages the command prints in. */
export type CliLocale = 'en' | 'zh-CN';

/**
 * The options shared by every command, parsed and checked (a bad value is an `INVALID_OPTION` error
 * naming the option, the value and the reason, exit code 2).
 */
export interface CliOptions {
  /** `--as-of`: the day the ledger is seen; today's date in the machine's time zone when absent. */
  readonly asOf: IsoDate;
  /** `--locale`: labels, headings and scripts in English or Chinese. @defaultValue `'en'` */
  readonly locale: CliLocale;
  /** `--format`. @defaultValue `'table'` */
  readonly format: OutputFormat;
  /** `--out`: write the result to this file instead of standard output. */
  readonly out?: string;
  /** `--currency`: the reporting currency; amounts in other currencies are converted with `rates`. */
  readonly reportingCurrency?: string;
  /** `--rates`: units of the reporting currency per unit of each other currency, e.g. `{ USD: '7.1234' }`. */
  readonly rates: Readonly<Record<string, string>>;
  /** `--data`: a folder holding the standard input files (`customers.csv`, `invoices.csv`, ...). */
  readonly data?: string;
  /** `--portfolio`: one JSON file with the whole portfolio, in the shape `serializePortfolio` writes. */
  readonly portfolio?: string;
  /** `--input kind=file`: input files named one by one; they add to or replace those found in `--data`. */
  readonly inputs: Readonly<Record<string, string>>;
  /** `--map kind.field=column` or `--map file.json`: other column names, by input kind and field. */
  readonly columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** `--skip-invalid`: leave invalid rows out (and report how many and why) instead of failing. */
  readonly skipInvalid: boolean;
  /** `--policy`: a reminder policy JSON file; the suite's default policy when absent. */
  readonly policy?: string;
  /** `--scorecard`: a scorecard definition JSON file; the seven-item scorecard when absent. */
  readonly scorecard?: string;
  /** `--catalog`: a script catalog JSON file that extends the default catalog. */
  readonly catalog?: string;
}
