import type { Portfolio } from '@receivables/core';
import type { ReminderHistory } from '@receivables/reminder-policy';
import type { CreditProfile } from './CreditProfile.ts';
import type { InputProblem } from './InputProblem.ts';

/** Everything the commands work on, read and validated from the input files. */
export interface CliInputs {
  /** The ledger: customers, invoices with instalments, payments with applications, credit notes, disputes, promises. */
  readonly portfolio: Portfolio;
  /** Credit profiles by customer id; empty when no `credit-profiles` file was given. */
  readonly creditProfiles: ReadonlyMap<string, CreditProfile>;
  /** Reminder actions already taken, acknowledgements and delivered demands; empty when no `history` file was given. */
  readonly history: ReminderHistory;
  /** The rows left out under `--skip-invalid`, each with its reason; empty otherwise. */
  readonly skipped: readonly InputProblem[];
  /** The files that were read, as named on the command line or found in `--data`. */
  readonly files: readonly string[];
}
