/**
 * The shared options as the argument parser read them, before any check: text as typed, repeatable
 * options as lists in command-line order. `parseCliOptions` turns them into checked `CliOptions`.
 */
export interface RawCliOptions {
  readonly asOf?: string | undefined;
  readonly locale?: string | undefined;
  readonly format?: string | undefined;
  readonly out?: string | undefined;
  readonly currency?: string | undefined;
  /** `USD=7.1234,EUR=7.8`, or the path of a JSON file `{ "USD": "7.1234" }`. */
  readonly rates?: string | undefined;
  readonly data?: string | undefined;
  readonly portfolio?: string | undefined;
  /** Each `kind=file`. */
  readonly input?: readonly string[] | undefined;
  /** Each `kind.field=column`, or the path of a JSON file `{ "invoices": { "amount": "Betrag" } }`. */
  readonly map?: readonly string[] | undefined;
  readonly skipInvalid?: boolean | undefined;
  readonly policy?: string | undefined;
  readonly scorecard?: string | undefined;
  readonly catalog?: string | undefined;
}
