import { addDays } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDangerSignals, type DangerSignal, dangerSignals } from '../../../index.ts';

describe('dangerSignals', () => {
  it('lists the fifteen signals of spec §1.7 with unique ids, numbered in order', () => {
    expect(dangerSignals.map((signal) => signal.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(new Set(dangerSignals.map((signal) => signal.id)).size).toBe(15);
  });

  it('flags 4, 5, 11 and 13 as critical (★)', () => {
    expect(dangerSignals.filter((signal) => signal.critical).map((signal) => signal.id)).toEqual([
      'brokenPromisesTwiceInARow',
      'contactUnreachable',
      'chequeBounced',
      'suedBySuppliers',
    ]);
  });

  it('labels every signal in English and Chinese', () => {
    for (const signal of dangerSignals) {
      expect(signal.label.en.length).toBeGreaterThan(0);
      expect(signal.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(dangerSignals)).toBe(true);
    expect(Object.isFrozen(dangerSignals[0]?.label)).toBe(true);
  });
});

describe('countDangerSignals', () => {
  it('counts distinct signals in the last 90 days, asOf included', () => {
    const count = countDangerSignals(
      [
        { signalId: 'payingSlowerThanBefore', observedOn: '2026-01-20' },
        { signalId: 'chequeBounced', observedOn: '2026-03-02' },
        { signalId: 'payingSlowerThanBefore', observedOn: '2026-03-10' },
        { signalId: 'movedWithoutNotice', observedOn: '2025-11-30' },
      ],
      { asOf: '2026-03-31' },
    );
    expect(count).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      count: 2,
      criticalCount: 1,
      signalIds: ['payingSlowerThanBefore', 'chequeBounced'],
      criticalSignalIds: ['chequeBounced'],
    });
  });

  it('includes both ends of the window and nothing outside', () => {
    const count = countDangerSignals(
      [
        { signalId: 'overExpansion', observedOn: '2025-12-31' },
        { signalId: 'sellingPricesSlashed', observedOn: '2026-01-01' },
        { signalId: 'suedBySuppliers', observedOn: '2026-03-31' },
        { signalId: 'contactUnreachable', observedOn: '2026-04-01' },
      ],
      { asOf: '2026-03-31' },
    );
    expect(count.signalIds).toEqual(['sellingPricesSlashed', 'suedBySuppliers']);
  });

  it('takes another window length', () => {
    const observations = [{ signalId: 'overExpansion', observedOn: '2026-03-01' }];
    expect(countDangerSignals(observations, { asOf: '2026-03-31', windowDays: 30 }).count).toBe(0);
    expect(countDangerSignals(observations, { asOf: '2026-03-31', windowDays: 31 }).count).toBe(1);
    expect(countDangerSignals(observations, { asOf: '2026-03-01', windowDays: 1 }).count).toBe(1);
  });

  it('counts nothing for no observations', () => {
    expect(countDangerSignals([], { asOf: '2026-03-31' }).count).toBe(0);
  });

  it('takes a custom catalog, e.g. with a 16th signal', () => {
    const disaster: DangerSignal = {
      id: 'regionalDisaster',
      number: 16,
      critical: true,
      label: { en: 'Regional disaster', 'zh-CN': '所在地区遭受灾害' },
    };
    const count = countDangerSignals([{ signalId: 'regionalDisaster', observedOn: '2026-03-01' }], {
      asOf: '2026-03-31',
      signals: [...dangerSignals, disaster],
    });
    expect(count.criticalSignalIds).toEqual(['regionalDisaster']);
  });

  it('refuses an unknown signal id with INVALID_ARGUMENT', () => {
    expect(() =>
      countDangerSignals([{ signalId: 'lateTwice', observedOn: '2026-03-01' }], { asOf: '2026-03-31' }),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'countDangerSignals: observations[0].signalId: "lateTwice" is not a signal of the catalog',
      }),
    );
  });

  it('refuses bad dates with INVALID_DATE and bad windows with INVALID_ARGUMENT', () => {
    expect(() => countDangerSignals([], { asOf: '2026-02-30' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_DATE',
        message: 'countDangerSignals: asOf: "2026-02-30" is not a date: February 2026 has 28 days',
      }),
    );
    expect(() =>
      countDangerSignals([{ signalId: 'chequeBounced', observedOn: '2026/03/01' }], { asOf: '2026-03-31' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    for (const windowDays of [0, -5, 2.5, Number.NaN]) {
      expect(() => countDangerSignals([], { asOf: '2026-03-31', windowDays })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });
});

describe('properties', () => {
  const observation = fc.record({
    signalId: fc.constantFrom(...dangerSignals.map((signal) => signal.id)),
    offset: fc.integer({ min: -30, max: 200 }),
  });
  const asOf = '2026-06-30';
  const toObservations = (draws: readonly { signalId: string; offset: number }[]) =>
    draws.map((draw) => ({ signalId: draw.signalId, observedOn: addDays(asOf, -draw.offset) }));

  it('is bounded: the count is at most the catalog size and the critical count at most the count', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (draws) => {
        const count = countDangerSignals(toObservations(draws), { asOf });
        expect(count.count).toBeLessThanOrEqual(15);
        expect(count.criticalCount).toBeLessThanOrEqual(count.count);
      }),
    );
  });

  it('is monotone: adding an observation never lowers the count', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 20 }), observation, (draws, extra) => {
        const before = countDangerSignals(toObservations(draws), { asOf }).count;
        const after = countDangerSignals(toObservations([...draws, extra]), { asOf }).count;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('ignores order and repetition: shuffled or duplicated observations give the same count', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 20 }), (draws) => {
        const list = toObservations(draws);
        const reference = countDangerSignals(list, { asOf });
        expect(countDangerSignals([...list].reverse(), { asOf })).toEqual(reference);
        expect(countDangerSignals([...list, ...list], { asOf })).toEqual(reference);
      }),
    );
  });

  it('widens monotonically: a longer window never counts fewer signals', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 20 }),
        fc.integer({ min: 1, max: 200 }),
        (draws, days) => {
          const list = toObservations(draws);
          const narrow = countDangerSignals(list, { asOf, windowDays: days }).count;
          const wide = countDangerSignals(list, { asOf, windowDays: days + 30 }).count;
          expect(wide).toBeGreaterThanOrEqual(narrow);
        },
      ),
    );
  });
});
