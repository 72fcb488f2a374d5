import type { CliInputs } from '../input/CliInputs.ts';
import { invalidOption } from '../program/invalidOption.ts';

/**
 * The `--customer <id>` option, checked against the portfolio: absent stays `undefined`.
 *
 * @internal
 * @throws {ReceivablesError} `INVALID_OPTION` for an id the portfolio does not have.
 */
export function readCustomerOption(where: string, inputs: CliInputs, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && inputs.portfolio.customers.some((customer) => customer.id === value)) {
    return value;
  }
  throw invalidOption(where, '--customer', value, 'is not the id of a customer in the portfolio');
}
