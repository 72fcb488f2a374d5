import type { AgingBasis, BucketScheme, DisputedTreatment } from '@receivables/aging';
import type { Customer, IsoDate } from '@receivables/core';
import type { AppliedTable } from './AppliedTable.ts';
import type { LineRange } from './LineRange.ts';
import type { StreamDisputes } from './readStreamDisputes.ts';
import type { StreamFile } from './StreamFile.ts';
import type { StreamOwners } from './StreamOwners.ts';

/** The settings every accumulator of one streamed run is made with. @internal */
export interface StreamAccumulatorSettings {
  readonly asOf: IsoDate;
  readonly buckets: BucketScheme;
  readonly basis?: AgingBasis;
  readonly groupBy: readonly string[];
  readonly disputed?: DisputedTreatment;
}

/**
 * One byte range of the invoices file to age: plain data (and shared arrays), so it can be posted to a
 * worker thread as it is.
 *
 * @internal
 */
export interface InvoiceRangeTask {
  readonly file: StreamFile;
  readonly range: LineRange;
  readonly header: readonly string[];
  readonly columnMap: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly settings: StreamAccumulatorSettings;
  /** The valid customers (their tags as grouping needs them). */
  readonly customers: readonly Customer[];
  /** The ids of invalid customer rows. */
  readonly brokenCustomers: readonly string[];
  readonly owners: StreamOwners;
  readonly applied: AppliedTable;
  readonly disputes: StreamDisputes;
  /** The disputes file's label, when there is one. */
  readonly disputesFile: string | undefined;
  /** Rows of the range (counted from 1 at its start) to leave out. */
  readonly excludedRows: readonly number[];
}
