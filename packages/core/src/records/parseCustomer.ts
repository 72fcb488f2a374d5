import { recordParse } from '../_internals/recordParse.ts';
import type { Customer } from './Customer.ts';
import { CustomerSchema } from './CustomerSchema.ts';

/**
 * Validates one customer from outside data (JSON, a mapped CSV row) and returns it with its defaults.
 * Checks that need other records (unique ids, known customers and invoices) are made by
 * {@link parsePortfolio}.
 *
 * @param raw - Anything; typically a `CustomerInput` read from a file.
 * @returns The validated customer.
 * @throws {ReceivablesError} `INVALID_RECORD` listing every problem in `details.issues`, each with its
 *   path and code (see {@link CustomerSchema}).
 *
 * @example
 * ```ts
 * import { parseCustomer } from '@receivables/core';
 *
 * const customer = parseCustomer({ id: 'C1', name: 'Hengda Trading', tags: { region: 'East' } });
 * console.log(customer.tags.region); // East
 * try {
 *   parseCustomer({ id: 'C2', nmae: 'Typo Ltd' });
 * } catch (error) {
 *   const [, ...problems] = (error as Error).message.split('\n');
 *   console.log(problems.map((line) => line.trim())); // ["name: Missing value: expected string","(root): Unrecognized key: \"nmae\""]
 * }
 * ```
 */
export function parseCustomer(raw: unknown): Customer {
  return recordParse(CustomerSchema, raw, 'INVALID_RECORD', 'parseCustomer');
}
