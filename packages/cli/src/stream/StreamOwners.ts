/**
 * The (customer, currency) pairs met in payments and credit notes: unapplied cash is totalled by pair,
 * and an application belongs to an invoice only when the invoice has its record's pair.
 *
 * @internal
 */
export interface StreamOwners {
  readonly customerIds: readonly string[];
  readonly currencies: readonly string[];
}

/**
 * The key of a (customer, currency) pair in a map.
 *
 * @param customerId - The customer.
 * @param currency - The currency.
 * @returns A text no two pairs share.
 * @internal
 */
export function ownerKey(customerId: string, currency: string): string {
  return `${currency}\u0000${customerId}`;
}
