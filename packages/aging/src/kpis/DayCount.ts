import type { IsoDate } from '@receivables/core';

/**
 * The number of days a KPI scales a period's ratio by, chosen by the caller because conventions differ:
 *
 * | value | days | used for |
 * |---|---|---|
 * | `365` | 365 | annual figures, the spec's `DSO = 365 ÷ 周转率` (§2.5) |
 * | `360` | 360 | annual figures under the banking year of twelve 30-day months |
 * | `{ from, to }` | the actual days from `from` to `to`, **both ends included** | any period: a month, a quarter, a leap year |
 *
 * `{ from: '2026-01-01', to: '2026-03-31' }` is 90 days; `{ from: '2028-01-01', to: '2028-12-31' }` is 366.
 */
export type DayCount = 360 | 365 | { readonly from: IsoDate; readonly to: IsoDate };
