import { chineseAnnualBuckets, managementBuckets, thirtyDayBuckets } from '@receivables/aging';
import { invalidOption } from '../../program/invalidOption.ts';
import type { AgingDimension, AgingOptions } from './AgingOptions.ts';

const WHERE = 'receivables aging';
const SCHEMES = {
  thirtyDay: thirtyDayBuckets,
  management: managementBuckets,
  chineseAnnual: chineseAnnualBuckets,
};
const ALLOCATIONS = ['oldestDue', 'oldestIssued', 'none'] as const;
/** More parts than this only adds threads that wait for the disk. */
export const MAX_WORKERS = 64;

/**
 * Reads the `aging` command's options: `--buckets` (default `management`), `--by` (default `currency`),
 * `--stream` or `--no-stream`, `--workers` (1 to 64) and `--allocation`.
 *
 * @param values - The options as the argument parser read them.
 * @returns The checked options.
 * @throws {ReceivablesError} `INVALID_OPTION` naming the option, the value and the reason.
 * @internal
 */
export function readAgingOptions(values: Readonly<Record<string, unknown>>): AgingOptions {
  const bucketsText = text(values.buckets) ?? 'management';
  if (!Object.hasOwn(SCHEMES, bucketsText)) {
    throw invalidOption(
      WHERE,
      '--buckets',
      bucketsText,
      'is not one of thirtyDay, management, chineseAnnual',
    );
  }
  const schemeName = bucketsText as keyof typeof SCHEMES;
  const workersText = text(values.workers);
  let workers: number | undefined;
  if (workersText !== undefined) {
    workers = Number(workersText);
    if (!/^\d+$/.test(workersText) || workers < 1 || workers > MAX_WORKERS) {
      throw invalidOption(WHERE, '--workers', workersText, `is not a whole number from 1 to ${MAX_WORKERS}`);
    }
  }
  const allocationText = text(values.allocation);
  if (allocationText !== undefined && !(ALLOCATIONS as readonly string[]).includes(allocationText)) {
    throw invalidOption(WHERE, '--allocation', allocationText, `is not one of ${ALLOCATIONS.join(', ')}`);
  }
  const stream = values.stream === true ? 'always' : values.stream === false ? 'never' : 'auto';
  if (stream === 'always' && allocationText !== undefined && allocationText !== 'none') {
    throw invalidOption(
      WHERE,
      '--allocation',
      allocationText,
      'cannot be used with --stream: stream mode applies only what applications name (allocation none)',
    );
  }
  return {
    schemeName,
    scheme: SCHEMES[schemeName],
    by: readDimension(text(values.by) ?? 'currency'),
    stream,
    workers,
    allocation: allocationText as AgingOptions['allocation'],
  };
}

function readDimension(by: string): AgingDimension {
  if (by === 'currency' || by === 'customer' || by === 'group') return { kind: by };
  if (by.startsWith('tag:') && by.slice(4).trim() !== '') return { kind: 'tag', key: by.slice(4).trim() };
  throw invalidOption(WHERE, '--by', by, 'is not one of currency, customer, group, tag:<key>');
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
