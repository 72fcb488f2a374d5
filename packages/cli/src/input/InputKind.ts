/**
 * The kinds of input file of the `receivables` command: each is `<kind>.csv` or `<kind>.json` in a
 * `--data` folder, or is named by `--input <kind>=<file>`.
 */
export type InputKind =
  | 'customers'
  | 'invoices'
  | 'instalments'
  | 'payments'
  | 'payment-applications'
  | 'credit-notes'
  | 'credit-note-applications'
  | 'disputes'
  | 'promises'
  | 'credit-profiles'
  | 'history';
