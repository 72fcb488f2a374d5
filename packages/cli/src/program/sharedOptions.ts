import { Option } from 'commander';

/** Collects every use of a repeatable option, in command-line order. */
function collect(value: string, previous: readonly string[] | undefined): readonly string[] {
  return [...(previous ?? []), value];
}

/**
 * The options every command takes (see `CliOptions`), as the argument parser declares them. No
 * defaults are set here: `parseCliOptions` applies them, so that it can tell "absent" from "given".
 *
 * @internal
 */
export function sharedOptions(): Option[] {
  return [
    new Option('--as-of <date>', 'the day the ledger is seen, YYYY-MM-DD (default: today)'),
    new Option('--locale <locale>', 'language of labels and texts: en or zh-CN (default: en)'),
    new Option('--format <format>', 'output format: table, json, csv or md (default: table)'),
    new Option('--out <file>', 'write the result to this file instead of standard output'),
    new Option('--currency <code>', 'reporting currency: also show everything converted into it, e.g. CNY'),
    new Option(
      '--rates <rates>',
      'units of the reporting currency per unit: USD=7.1234,EUR=7.8 or rates.json',
    ),
    new Option('--data <dir>', 'folder with the input files (customers.csv, invoices.csv, ...)'),
    new Option(
      '--portfolio <file>',
      'one JSON file with the whole portfolio (as serializePortfolio writes it)',
    ),
    new Option(
      '--input <kind=file>',
      'one input file by kind, e.g. invoices=exports/inv.csv (repeatable)',
    ).argParser(collect),
    new Option(
      '--map <mapping>',
      'other column names: invoices.amount=Betrag (repeatable) or map.json',
    ).argParser(collect),
    new Option('--skip-invalid', 'leave invalid rows out and report them, instead of failing'),
    new Option('--policy <file>', 'reminder policy JSON file (default: the built-in policy)'),
    new Option('--scorecard <file>', 'scorecard definition JSON file (default: the seven-item scorecard)'),
    new Option('--catalog <file>', 'script catalog JSON file that extends the built-in catalog'),
  ];
}
