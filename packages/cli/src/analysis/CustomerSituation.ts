import type { Situation, VariableValues } from '@receivables/script-catalog';
import type { ExcuseReading } from './readExcuse.ts';

/** A customer's collection situation as of a date, read from its open items, disputes and assessment. */
export interface CustomerSituation {
  readonly customerId: string;
  readonly name: string;
  /** The situation for the script recommender, without its locale. */
  readonly situation: Omit<Situation, 'locale'>;
  /** The excuse on record (the reason of the latest open dispute on the items), read as a scenario. */
  readonly excuse: ExcuseReading | null;
  /** The facts the scripts quote: amount, invoice numbers, due date, days past due, customer, contact, deadline. */
  readonly facts: VariableValues;
  /** How many open items the facts cover: the overdue ones, or else every open one; 0 when nothing is open. */
  readonly itemCount: number;
}
