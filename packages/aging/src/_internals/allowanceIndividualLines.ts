import { describeValue, formatPath, type RoundingMode } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import type { RequiredAllowanceIndividual } from '../allowance/RequiredAllowanceResult.ts';
import { allowanceArgumentError } from './allowanceArgument.ts';
import type { AllowanceCurrency } from './allowanceCurrency.ts';
import { allowanceMultiply } from './allowanceMultiply.ts';
import { allowanceReadAmount } from './allowanceReadAmount.ts';
import { allowanceReadRate } from './allowanceReadRate.ts';

/** What reading individually assessed items needs. @internal */
export interface AllowanceIndividualContext {
  readonly api: string;
  readonly currency: AllowanceCurrency;
  readonly mode: RoundingMode;
  /** The bucket ids of the matrix. */
  readonly known: ReadonlySet<string>;
  readonly knownFrom: string;
}

/**
 * Reads the individually assessed items of `requiredAllowance` into result lines: unique ids, a bucket
 * of the matrix, a positive amount, and exactly one of an allowance (at most the amount) or a rate.
 *
 * @internal
 */
export function allowanceIndividualLines(
  input: unknown,
  context: AllowanceIndividualContext,
): RequiredAllowanceIndividual[] {
  if (!Array.isArray(input)) {
    throw allowanceArgumentError(context.api, `individual: ${describeValue(input)} is not a list`);
  }
  const seen = new Map<string, number>();
  return input.map((entry: unknown, index) => {
    const line = readLine(entry, index, context);
    const first = seen.get(line.id);
    if (first !== undefined) {
      throw allowanceArgumentError(
        context.api,
        `individual[${index}]: id ${describeValue(line.id)} is listed twice (first at individual[${first}])`,
        { id: line.id },
      );
    }
    seen.set(line.id, index);
    return line;
  });
}

function readLine(
  entry: unknown,
  index: number,
  context: AllowanceIndividualContext,
): RequiredAllowanceIndividual {
  const { api, currency } = context;
  const at = (key: string): string => formatPath(['individual', index, key]);
  const { id, bucketId, amount, allowance, rate, reason } = (
    typeof entry === 'object' && entry !== null ? entry : {}
  ) as Partial<Record<string, unknown>>;
  if (typeof id !== 'string' || id.trim() === '') {
    throw allowanceArgumentError(api, `${at('id')}: ${describeValue(id)} is not an id`);
  }
  if (typeof bucketId !== 'string' || !context.known.has(bucketId)) {
    throw allowanceArgumentError(
      api,
      `${at('bucketId')}: bucket ${describeValue(bucketId)} is not in ${context.knownFrom}`,
      { id },
    );
  }
  if (reason !== undefined && typeof reason !== 'string') {
    throw allowanceArgumentError(api, `${at('reason')}: ${describeValue(reason)} is not text`, { id });
  }
  const open = allowanceReadAmount(amount, currency, api, at('amount'), true);
  const assessed = readAssessment({ allowance, rate, open, index, context });
  return {
    id,
    bucketId,
    amount: open,
    ...(assessed.rate === undefined ? {} : { rate: assessed.rate }),
    exactAllowance: assessed.exact,
    allowance: context.mode(assessed.exact, currency.minorUnits),
    ...(reason === undefined ? {} : { reason }),
  };
}

interface AssessmentInput {
  readonly allowance: unknown;
  readonly rate: unknown;
  readonly open: Decimal;
  readonly index: number;
  readonly context: AllowanceIndividualContext;
}

function readAssessment(input: AssessmentInput): { exact: Decimal; rate?: Decimal } {
  const { allowance, rate, open, index, context } = input;
  const { api, currency } = context;
  const where = `individual[${index}]`;
  if ((allowance === undefined) === (rate === undefined)) {
    throw allowanceArgumentError(api, `${where}: give exactly one of allowance and rate`);
  }
  if (rate !== undefined) {
    const share = allowanceReadRate(rate, api, `${where}.rate`, 'rate');
    return { rate: share, exact: allowanceMultiply(open, share, api, where) };
  }
  const given = allowanceReadAmount(allowance, currency, api, `${where}.allowance`);
  if (given.greaterThan(open)) {
    throw allowanceArgumentError(
      api,
      `${where}.allowance: ${given.toFixed(currency.minorUnits)} is more than the item's amount ${open.toFixed(currency.minorUnits)}`,
    );
  }
  return { exact: given };
}
