import type { Customer } from '@receivables/core';
import fc from 'fast-check';
import { readRecordId } from '../_internals/readRecordId.ts';
import { customerId } from '../_internals/recordIds.ts';
import {
  COMPANY_MARKS,
  COMPANY_PLACES,
  COMPANY_TRADES,
  CUSTOMER_GROUPS,
  companyName,
  REGIONS,
  SALESPEOPLE,
} from '../_internals/vocabulary.ts';
import { isoDateArbitrary } from './isoDateArbitrary.ts';

/** Options of {@link customerArbitrary}. */
export interface CustomerArbitraryOptions {
  /**
   * A fixed id for every customer generated.
   * @defaultValue a drawn id from `C0001` to `C9999`
   */
  readonly id?: string;
}

/**
 * A fast-check arbitrary of validated customers: a company name, and sometimes a group, an onboarding
 * date and `region` / `salesperson` tags, so code meets both bare and fully described customers.
 *
 * @param options - A fixed id, when the caller needs to refer to the customer.
 * @returns An arbitrary of {@link Customer} records in the validated shape (`tags` always present).
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a blank `id`.
 *
 * @example
 * ```ts
 * import { customerArbitrary } from '@receivables/testing';
 * import fc from 'fast-check';
 *
 * const [customer] = fc.sample(customerArbitrary({ id: 'C0042' }), 1);
 * console.log(customer?.id, customer?.name.endsWith('Co., Ltd.')); // C0042 true
 * ```
 */
export function customerArbitrary(options: CustomerArbitraryOptions = {}): fc.Arbitrary<Customer> {
  const id = options.id === undefined ? undefined : readRecordId('customerArbitrary', 'id', options.id);
  return fc.record(
    {
      id: id === undefined ? fc.integer({ min: 1, max: 9999 }).map(customerId) : fc.constant(id),
      name: fc
        .tuple(
          fc.constantFrom(...COMPANY_PLACES),
          fc.constantFrom(...COMPANY_MARKS),
          fc.constantFrom(...COMPANY_TRADES),
        )
        .map(([place, mark, trade]) => companyName(place, mark, trade)),
      group: fc.constantFrom(...CUSTOMER_GROUPS),
      tags: fc.record(
        { region: fc.constantFrom(...REGIONS), salesperson: fc.constantFrom(...SALESPEOPLE) },
        { requiredKeys: [] },
      ),
      onboardedOn: isoDateArbitrary(),
    },
    { requiredKeys: ['id', 'name', 'tags'] },
  );
}
