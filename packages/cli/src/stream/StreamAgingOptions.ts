import type { Customer } from '@receivables/core';
import type { StreamAccumulatorSettings } from './InvoiceRangeTask.ts';

/** Options of {@link streamAging}. @internal */
export interface StreamAgingOptions {
  /** The date, bucket scheme, basis, grouping tags and disputed treatment of every accumulator. */
  readonly settings: StreamAccumulatorSettings;
  /**
   * The tags grouping reads from each customer (for `--by group`, the customer's group under a tag).
   * @defaultValue the customer's own tags
   */
  readonly customerTags?: (customer: Customer) => Readonly<Record<string, string>>;
  /** `--map`: by kind, the column each field is read from. */
  readonly columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** `--skip-invalid`: leave invalid rows out instead of failing. */
  readonly skipInvalid: boolean;
  /** How many parts the invoices file is split into, a whole number ≥ 1. */
  readonly workers: number;
  /**
   * Whether the parts run in worker threads; `false` runs them one after another in this thread (the
   * same computation, for tests).
   * @defaultValue `true`
   */
  readonly threads?: boolean;
  /** Progress: bytes read so far of the files' total. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Timing: called at the end of each phase with its wall time in milliseconds (each pass repeats the last three). */
  readonly onPhase?: (phase: StreamAgingPhase, milliseconds: number) => void;
}

/**
 * The phases of a streamed run: `ledger` (customers, payments, credit notes, disputes, in this thread),
 * `applications` (the table by invoice, in this thread), `invoices` (the parts, in parallel), `checks`
 * (repeated ids and application references, in this thread; a pass over a file only when needed).
 *
 * @internal
 */
export type StreamAgingPhase = 'ledger' | 'applications' | 'invoices' | 'checks';
