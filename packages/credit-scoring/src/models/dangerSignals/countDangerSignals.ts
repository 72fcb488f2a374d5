import { addDays, describeValue, type IsoDate, ReceivablesError, relabelError } from '@receivables/core';
import { modelsReadCount } from '../../_internals/modelsReadCount.ts';
import { modelsReadDate } from '../../_internals/modelsReadDate.ts';
import type { DangerSignal } from './DangerSignal.ts';
import type { DangerSignalCount } from './DangerSignalCount.ts';
import type { DangerSignalObservation } from './DangerSignalObservation.ts';
import { dangerSignals } from './dangerSignals.ts';

/** Options of {@link countDangerSignals}. */
export interface CountDangerSignalsOptions {
  /** The last day of the window, included. */
  readonly asOf: IsoDate;
  /**
   * The length of the window in days, `asOf` included (spec §1.7: the last 90 days).
   * @defaultValue `90`
   */
  readonly windowDays?: number;
  /**
   * The catalog the observations refer to.
   * @defaultValue {@link dangerSignals}, the fifteen of spec §1.7
   */
  readonly signals?: readonly DangerSignal[];
}

const API = 'countDangerSignals';

/**
 * Counts the distinct danger signals seen on a customer in a window ending on `asOf` (spec §1.7
 * `signalCount`), and which of them are critical. A signal seen several times counts once;
 * observations after `asOf` are ignored, so a rerun for a past date gives the same answer.
 *
 * @param observations - The signals seen, each with its date.
 * @param options - The `asOf` date, the window length and the catalog.
 * @returns The window, the distinct signals and the critical ones, in catalog order.
 * @throws {ReceivablesError} `INVALID_ARGUMENT` for a signal id not in the catalog or a window that is
 *   not a positive whole number of days; `INVALID_DATE` for a bad date.
 *
 * @example
 * ```ts
 * import { countDangerSignals } from '@receivables/credit-scoring';
 *
 * const count = countDangerSignals(
 *   [
 *     { signalId: 'payingSlowerThanBefore', observedOn: '2026-01-20' },
 *     { signalId: 'chequeBounced', observedOn: '2026-03-02' },
 *     { signalId: 'payingSlowerThanBefore', observedOn: '2026-03-10' },
 *     { signalId: 'movedWithoutNotice', observedOn: '2025-11-30' },
 *   ],
 *   { asOf: '2026-03-31' },
 * );
 * console.log(count.from, count.count, count.criticalSignalIds); // 2026-01-01 2 ["chequeBounced"]
 * ```
 */
export function countDangerSignals(
  observations: readonly DangerSignalObservation[],
  options: CountDangerSignalsOptions,
): DangerSignalCount {
  const to = modelsReadDate(options.asOf, API, 'asOf');
  const windowDays = modelsReadCount(options.windowDays ?? 90, API, 'windowDays');
  if (windowDays === 0) {
    throw new ReceivablesError('INVALID_ARGUMENT', `${API}: windowDays: 0 is not a positive number of days`, {
      details: { field: 'windowDays', value: 0 },
    });
  }
  const from = windowStart(to, windowDays);
  const catalog = options.signals ?? dangerSignals;
  const known = new Map(catalog.map((signal) => [signal.id, signal]));
  const seen = new Set<string>();
  observations.forEach((observation, index) => {
    if (!known.has(observation.signalId)) {
      throw new ReceivablesError(
        'INVALID_ARGUMENT',
        `${API}: observations[${index}].signalId: ${describeValue(observation.signalId)} is not a signal of the catalog`,
        { details: { field: `observations[${index}].signalId`, value: describeValue(observation.signalId) } },
      );
    }
    const day = modelsReadDate(observation.observedOn, API, `observations[${index}].observedOn`);
    if (day >= from && day <= to) seen.add(observation.signalId);
  });
  const signalIds = catalog.filter((signal) => seen.has(signal.id)).map((signal) => signal.id);
  const criticalSignalIds = catalog
    .filter((signal) => signal.critical && seen.has(signal.id))
    .map((signal) => signal.id);
  return {
    from,
    to,
    count: signalIds.length,
    criticalCount: criticalSignalIds.length,
    signalIds,
    criticalSignalIds,
  };
}

function windowStart(to: IsoDate, windowDays: number): IsoDate {
  try {
    return addDays(to, 1 - windowDays);
  } catch (error) {
    throw relabelError(error, 'addDays', API);
  }
}
