import * as z from 'zod';
import { recordTextSchema } from '../_internals/recordTextSchema.ts';
import type { Customer, CustomerInput } from './Customer.ts';
import { IsoDateSchema } from './IsoDateSchema.ts';

/**
 * The zod schema of a {@link Customer}: non-blank `id` and `name`, an optional non-blank `group`,
 * string `tags` (`{}` when absent) and an optional `onboardedOn` date. Unknown keys are refused, so a
 * misspelt field cannot pass unnoticed; optional fields stay absent when absent.
 *
 * @example
 * ```ts
 * import { CustomerSchema } from '@receivables/core';
 *
 * const customer = CustomerSchema.parse({ id: 'C1', name: 'Hengda Trading' });
 * console.log(customer); // {"id":"C1","name":"Hengda Trading","tags":{}}
 * ```
 */
export const CustomerSchema: z.ZodType<Customer, CustomerInput> = z
  .strictObject({
    id: recordTextSchema,
    name: recordTextSchema,
    group: recordTextSchema.optional(),
    tags: z.record(z.string(), z.string()).optional(),
    onboardedOn: IsoDateSchema.optional(),
  })
  .transform(
    (input): Customer => ({
      id: input.id,
      name: input.name,
      ...(input.group === undefined ? {} : { group: input.group }),
      tags: input.tags ?? {},
      ...(input.onboardedOn === undefined ? {} : { onboardedOn: input.onboardedOn }),
    }),
  );
