import type { CliInputs } from '../input/CliInputs.ts';
import type { CliIo } from '../program/CliIo.ts';
import type { CliOptions } from '../program/CliOptions.ts';
import { assessCustomers } from './assessCustomers.ts';
import type { CustomerAssessment } from './CustomerAssessment.ts';
import { loadScorecardOption } from './loadScorecardOption.ts';

/**
 * `assessCustomers` with the run's options: the as-of date, the `--scorecard` file, the reporting
 * currency and the rates.
 *
 * @internal
 */
export async function assessRun(
  inputs: CliInputs,
  options: CliOptions,
  io: CliIo,
  customerIds?: readonly string[],
): Promise<{ assessments: CustomerAssessment[]; scorecardId: string }> {
  const scorecard = await loadScorecardOption(options, io);
  const assessments = assessCustomers(inputs, {
    asOf: options.asOf,
    ...(scorecard === undefined ? {} : { scorecard }),
    ...(options.reportingCurrency === undefined ? {} : { reportingCurrency: options.reportingCurrency }),
    rates: options.rates,
    ...(customerIds === undefined ? {} : { customerIds }),
  });
  return { assessments, scorecardId: scorecard?.id ?? 'sevenItem' };
}
