import type { IsoDate } from '../dates/IsoDate.ts';

/** A customer as the suite reads it from outside data (JSON, CSV rows mapped to fields). */
export interface CustomerInput {
  /** Unique customer id. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** The customer group whose policies apply (reminder policies, credit defaults). */
  readonly group?: string | undefined;
  /** Free labels for grouping reports, e.g. `{ region: 'East', salesperson: 'Li Wei' }`. */
  readonly tags?: Readonly<Record<string, string>> | undefined;
  /** The day we started trading with the customer. */
  readonly onboardedOn?: IsoDate | undefined;
}

/** A validated customer. */
export interface Customer {
  readonly id: string;
  readonly name: string;
  readonly group?: string;
  /** Always present; empty when the input had none. */
  readonly tags: Readonly<Record<string, string>>;
  readonly onboardedOn?: IsoDate;
}
