import {
  describeValue,
  type IsoDate,
  isCurrencyCode,
  parseCurrency,
  parseIsoDate,
  ReceivablesError,
} from '@receivables/core';
import type { CliLocale, CliOptions, OutputFormat } from './CliOptions.ts';
import { inputKinds } from './inputKinds.ts';
import type { RawCliOptions } from './RawCliOptions.ts';
import { readJsonOptionFile } from './readJsonOptionFile.ts';

/** Options of {@link parseCliOptions}. */
export interface ParseCliOptionsOptions {
  /** The directory that the `--rates` and `--map` JSON files are read from when their paths are relative. */
  readonly cwd: string;
  /** The day `--as-of` means when it is absent: the program passes today's date in the machine's time zone. */
  readonly today: IsoDate;
  /**
   * Named first in error messages, e.g. `receivables kpis`.
   * @defaultValue `'parseCliOptions'`
   */
  readonly command?: string;
}

/** One bad option value found by {@link parseCliOptions}. */
interface OptionProblem {
  readonly option: string;
  readonly value: string | undefined;
  readonly reason: string;
}

const LOCALES: readonly CliLocale[] = ['en', 'zh-CN'];
const FORMATS: readonly OutputFormat[] = ['table', 'json', 'csv', 'md'];
const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * Checks the shared options of every command and fills in their defaults: `--as-of` a real ISO date
 * (default `today`), `--locale` `en` or `zh-CN` (default `en`), `--format` `table`, `json`, `csv` or `md`
 * (default `table`), `--currency` an ISO 4217 code, `--rates` `CODE=rate` pairs (or a `.json` file) whose
 * rates are plain decimals above zero, `--input kind=file` and `--map kind.field=column` (or a `.json`
 * file) naming known input kinds. Paths are kept as typed; they are resolved against the working
 * directory when the files are opened.
 *
 * Every bad value is reported, not only the first: the error's `details.invalidOptions` lists them all,
 * each with its option, value and reason.
 *
 * @param raw - The options as the argument parser read them.
 * @param options - The working directory, today's date and the command named in messages.
 * @returns The checked options.
 * @throws {ReceivablesError} `INVALID_OPTION` for any malformed value (exit code 2);
 *   `INPUT_NOT_FOUND` when a `--rates` or `--map` JSON file does not exist, `INVALID_INPUT_FILE` (with
 *   `details.problems`) when it is not valid JSON or holds bad entries (exit code 3).
 *
 * @example
 * ```ts
 * import { parseCliOptions } from '@receivables/cli';
 *
 * const options = parseCliOptions(
 *   { locale: 'zh-CN', currency: 'CNY', rates: 'USD=7.1234,EUR=7.8', map: ['invoices.amount=Betrag'] },
 *   { cwd: '.', today: '2026-06-30' },
 * );
 * console.log(options.asOf, options.format, options.rates); // 2026-06-30 table {"USD":"7.1234","EUR":"7.8"}
 * console.log(options.columnMap); // {"invoices":{"amount":"Betrag"}}
 *
 * try {
 *   parseCliOptions({ asOf: '2026-02-30' }, { cwd: '.', today: '2026-06-30', command: 'receivables kpis' });
 * } catch (error) {
 *   console.log((error as Error).message); // receivables kpis: --as-of "2026-02-30" is not a date: February 2026 has 28 days
 * }
 * ```
 */
export function parseCliOptions(raw: RawCliOptions, options: ParseCliOptionsOptions): CliOptions {
  const where = options.command ?? 'parseCliOptions';
  const problems: OptionProblem[] = [];
  const report = (option: string, value: string | undefined, reason: string): void => {
    problems.push({ option, value, reason });
  };

  const asOf = readAsOf(raw.asOf, options.today, report);
  const locale = readChoice('--locale', raw.locale, LOCALES, 'en', report);
  const format = readChoice('--format', raw.format, FORMATS, 'table', report);
  const reportingCurrency = readCurrencyOption(raw.currency, report);
  const ratesSource =
    raw.rates === undefined ? undefined : readSource('--rates', raw.rates, 'USD=7.1234,EUR=7.8', report);
  const inlineRates = ratesSource?.kind === 'inline' ? readInlineRates(ratesSource.text, report) : {};
  const inputs = readInputs(raw.input ?? [], report);
  const mapSources = (raw.map ?? []).map((text) =>
    readSource('--map', text, 'invoices.amount=Betrag', report),
  );
  for (const [option, value] of [
    ['--out', raw.out],
    ['--data', raw.data],
    ['--portfolio', raw.portfolio],
    ['--policy', raw.policy],
    ['--scorecard', raw.scorecard],
    ['--catalog', raw.catalog],
  ] as const) {
    if (value !== undefined && value.trim() === '') report(option, value, 'is empty: give a path');
  }
  if (problems.length > 0) throw invalidOptions(where, problems);

  // The option values are well formed; files come next, and their problems are input problems (exit 3).
  const rates =
    ratesSource?.kind === 'file' ? readRatesFile(ratesSource.text, options.cwd, where) : inlineRates;
  checkReportingRate(reportingCurrency, rates, report);
  const columnMap = readColumnMap(mapSources, options.cwd, where, report);
  if (problems.length > 0) throw invalidOptions(where, problems);

  return {
    asOf,
    locale,
    format,
    rates,
    inputs,
    columnMap,
    skipInvalid: raw.skipInvalid === true,
    ...(raw.out === undefined ? {} : { out: raw.out }),
    ...(reportingCurrency === undefined ? {} : { reportingCurrency }),
    ...(raw.data === undefined ? {} : { data: raw.data }),
    ...(raw.portfolio === undefined ? {} : { portfolio: raw.portfolio }),
    ...(raw.policy === undefined ? {} : { policy: raw.policy }),
    ...(raw.scorecard === undefined ? {} : { scorecard: raw.scorecard }),
    ...(raw.catalog === undefined ? {} : { catalog: raw.catalog }),
  };
}

type Report = (option: string, value: string | undefined, reason: string) => void;

function readAsOf(value: string | undefined, today: IsoDate, report: Report): IsoDate {
  if (value === undefined) return parseIsoDate(today, { api: 'parseCliOptions', field: 'today' });
  try {
    return parseIsoDate(value, { api: 'parseCliOptions' });
  } catch (error) {
    report('--as-of', value, reasonOf(error, `parseCliOptions: ${describeValue(value)} `));
    return today;
  }
}

function readChoice<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  report: Report,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  report(option, value, `is not one of ${allowed.join(', ')}`);
  return fallback;
}

function readCurrencyOption(value: string | undefined, report: Report): string | undefined {
  if (value === undefined) return undefined;
  try {
    return parseCurrency(value);
  } catch (error) {
    report('--currency', value, reasonOf(error, `parseCurrency: currency ${describeValue(value)} `));
    return undefined;
  }
}

/** `--rates` and `--map` take either inline pairs (with `=`) or the path of a `.json` file. */
function readSource(
  option: string,
  text: string,
  example: string,
  report: Report,
): { readonly kind: 'inline' | 'file'; readonly text: string } | undefined {
  if (text.includes('=')) return { kind: 'inline', text };
  if (/\.json$/i.test(text.trim())) return { kind: 'file', text };
  report(option, text, `is neither pairs such as ${example} nor the path of a .json file`);
  return undefined;
}

function readInlineRates(text: string, report: Report): Record<string, string> {
  const rates: Record<string, string> = {};
  for (const entry of text.split(',')) {
    const pair = entry.trim();
    const equals = pair.indexOf('=');
    if (equals < 0) {
      report('--rates', text, `has an entry ${describeValue(pair)} that is not CODE=rate`);
      continue;
    }
    const reason = rateReason(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim(), rates);
    if (reason === undefined) {
      Object.defineProperty(rates, pair.slice(0, equals).trim(), {
        value: pair.slice(equals + 1).trim(),
        enumerable: true,
      });
    } else report('--rates', text, reason);
  }
  return rates;
}

/** Why a rate entry is bad, or `undefined` when it is good (and not a duplicate). */
function rateReason(code: string, rate: string, seen: Readonly<Record<string, string>>): string | undefined {
  if (!isCurrencyCode(code)) {
    const upper = String(code).toUpperCase();
    return isCurrencyCode(upper)
      ? `names currency ${describeValue(code)}: write it in upper case (${upper})`
      : `names ${describeValue(code)}, which is not an ISO 4217 currency code`;
  }
  if (Object.hasOwn(seen, code)) return `gives ${code} twice`;
  if (!PLAIN_DECIMAL.test(rate)) {
    return `gives ${code} the rate ${describeValue(rate)}, which is not a plain decimal number such as 7.1234`;
  }
  if (/^[0.]+$/.test(rate)) return `gives ${code} the rate ${rate}; a rate must be greater than zero`;
  return undefined;
}

function readRatesFile(path: string, cwd: string, where: string): Record<string, string> {
  const json = readJsonOptionFile('--rates', path, cwd, where);
  const rates: Record<string, string> = {};
  const problems = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    problems.push({
      file: path,
      code: 'INVALID_RATE' as const,
      reason: 'is not an object { "USD": "7.1234" }',
    });
  } else {
    for (const [code, value] of Object.entries(json)) {
      const rate = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
      const reason =
        typeof rate === 'string'
          ? rateReason(code, rate, rates)
          : `gives ${code} ${describeValue(value)}, which is not a rate such as "7.1234"`;
      if (reason === undefined && typeof rate === 'string') {
        Object.defineProperty(rates, code, { value: rate, enumerable: true });
      } else {
        problems.push({
          file: path,
          column: code,
          value: typeof value === 'string' ? value : describeValue(value),
          code: 'INVALID_RATE' as const,
          reason: reason ?? 'is not a rate',
        });
      }
    }
  }
  if (problems.length > 0) {
    throw new ReceivablesError(
      'INVALID_INPUT_FILE',
      `${where}: --rates file ${describeValue(path)} has ${problems.length === 1 ? 'a bad entry' : `${problems.length} bad entries`}`,
      { details: { file: path, problems } },
    );
  }
  return rates;
}

function checkReportingRate(
  reportingCurrency: string | undefined,
  rates: Readonly<Record<string, string>>,
  report: Report,
): void {
  if (reportingCurrency === undefined || !Object.hasOwn(rates, reportingCurrency)) return;
  const rate = rates[reportingCurrency] ?? '';
  if (!/^1(?:\.0+)?$/.test(rate)) {
    report(
      '--rates',
      `${reportingCurrency}=${rate}`,
      `converts the reporting currency ${reportingCurrency} into itself: its rate can only be 1`,
    );
  }
}

function readInputs(entries: readonly string[], report: Report): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const entry of entries) {
    const equals = entry.indexOf('=');
    const kind = equals < 0 ? '' : entry.slice(0, equals).trim();
    const file = equals < 0 ? '' : entry.slice(equals + 1);
    if (equals < 0 || file.trim() === '') {
      report('--input', entry, 'is not kind=file, e.g. invoices=exports/invoices.csv');
    } else if (!inputKinds.includes(kind)) {
      report(
        '--input',
        entry,
        `names the input kind ${describeValue(kind)}; the kinds are ${inputKinds.join(', ')}`,
      );
    } else if (Object.hasOwn(inputs, kind) && inputs[kind] !== file) {
      report(
        '--input',
        entry,
        `names a second file for ${kind} (the first is ${describeValue(inputs[kind])})`,
      );
    } else {
      Object.defineProperty(inputs, kind, { value: file, enumerable: true, configurable: true });
    }
  }
  return inputs;
}

type ColumnMap = Record<string, Record<string, string>>;

function readColumnMap(
  sources: readonly ({ readonly kind: 'inline' | 'file'; readonly text: string } | undefined)[],
  cwd: string,
  where: string,
  report: Report,
): ColumnMap {
  const map: ColumnMap = {};
  for (const source of sources) {
    if (source === undefined) continue;
    if (source.kind === 'file') {
      mergeMapFile(map, source.text, readJsonOptionFile('--map', source.text, cwd, where), where);
      continue;
    }
    const equals = source.text.indexOf('=');
    const target = source.text.slice(0, equals);
    const column = source.text.slice(equals + 1);
    const dot = target.indexOf('.');
    const kind = dot < 0 ? target : target.slice(0, dot);
    const field = dot < 0 ? '' : target.slice(dot + 1);
    const reason = mappingReason(kind, field, column, map);
    if (reason === undefined) setMapping(map, kind, field, column);
    else report('--map', source.text, reason);
  }
  return map;
}

function mappingReason(kind: string, field: string, column: unknown, map: ColumnMap): string | undefined {
  if (!inputKinds.includes(kind)) {
    return `names the input kind ${describeValue(kind)}; write kind.field=column with a kind among ${inputKinds.join(', ')}`;
  }
  if (field === '') return 'names no field: write kind.field=column, e.g. invoices.amount=Betrag';
  if (typeof column !== 'string' || column === '') return `maps ${kind}.${field} to no column name`;
  const previous = map[kind]?.[field];
  if (previous !== undefined && previous !== column) {
    return `maps ${kind}.${field} to ${describeValue(column)} but another --map maps it to ${describeValue(previous)}`;
  }
  return undefined;
}

function setMapping(map: ColumnMap, kind: string, field: string, column: string): void {
  if (!Object.hasOwn(map, kind)) Object.defineProperty(map, kind, { value: {}, enumerable: true });
  Object.defineProperty(map[kind], field, { value: column, enumerable: true, configurable: true });
}

function mergeMapFile(map: ColumnMap, path: string, json: unknown, where: string): void {
  const problems = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    problems.push({
      file: path,
      code: 'INVALID_INPUT_FILE' as const,
      reason: 'is not an object { "invoices": { "amount": "Betrag" } }',
    });
  } else {
    for (const [kind, fields] of Object.entries(json)) {
      if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) {
        problems.push({
          file: path,
          column: kind,
          value: describeValue(fields),
          code: 'INVALID_INPUT_FILE' as const,
          reason: 'is not an object of field → column name',
        });
        continue;
      }
      for (const [field, column] of Object.entries(fields)) {
        const reason = mappingReason(kind, field, column, map);
        if (reason === undefined) setMapping(map, kind, field, column as string);
        else {
          problems.push({
            file: path,
            column: `${kind}.${field}`,
            value: typeof column === 'string' ? column : describeValue(column),
            code: 'INVALID_INPUT_FILE' as const,
            reason,
          });
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new ReceivablesError(
      'INVALID_INPUT_FILE',
      `${where}: --map file ${describeValue(path)} has ${problems.length === 1 ? 'a bad entry' : `${problems.length} bad entries`}`,
      { details: { file: path, problems } },
    );
  }
}

function reasonOf(error: unknown, prefix: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

function invalidOptions(where: string, problems: readonly OptionProblem[]): ReceivablesError {
  const lines = problems.map(
    (problem) =>
      `${problem.option}${problem.value === undefined ? '' : ` ${describeValue(problem.value)}`} ${problem.reason}`,
  );
  const first = problems[0];
  const message =
    lines.length === 1
      ? `${where}: ${lines[0]}`
      : `${where}: ${lines.length} invalid options:\n  ${lines.join('\n  ')}`;
  return new ReceivablesError('INVALID_OPTION', message, {
    details: {
      ...(first === undefined ? {} : { option: first.option, value: first.value, reason: first.reason }),
      invalidOptions: problems,
    },
  });
}
