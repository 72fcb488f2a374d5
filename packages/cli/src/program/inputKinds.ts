import type { InputKind } from '../input/InputKind.ts';

// A record over the union, so that a kind added to InputKind fails to compile until it is listed here.
const KINDS: Readonly<Record<InputKind, true>> = {
  customers: true,
  invoices: true,
  instalments: true,
  payments: true,
  'payment-applications': true,
  'credit-notes': true,
  'credit-note-applications': true,
  disputes: true,
  promises: true,
  'credit-profiles': true,
  history: true,
};

/**
 * The kinds of input file, as `--input kind=file` and `--map kind.field=column` name them (and as
 * `<kind>.csv` / `<kind>.json` in a `--data` folder), in the order of the input contract.
 *
 * @internal
 */
export const inputKinds: readonly string[] = Object.freeze(Object.keys(KINDS));
