import { addDays } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyReview, compareGrades, defaultGradeScale, type ReviewRecord } from '../../index.ts';

const scale = defaultGradeScale;

/** Runs reviews of the given proposals, six months apart, from an empty history. */
function runReviews(proposals: readonly string[], cleanReviewsToUpgrade?: number): ReviewRecord[] {
  let history: readonly ReviewRecord[] = [];
  proposals.forEach((proposal, index) => {
    const on = addDays('2024-01-01', index * 182);
    const options =
      cleanReviewsToUpgrade === undefined ? { scale, on } : { scale, on, cleanReviewsToUpgrade };
    history = applyReview(history, proposal, options).history;
  });
  return [...history];
}

const grades = (history: readonly ReviewRecord[]) =>
  history.map((record) => `${record.change}:${record.grade}`);

describe('applyReview', () => {
  it('sets the grade at the first review', () => {
    const outcome = applyReview([], 'A', { scale, on: '2026-01-01' });
    expect(outcome.change).toBe('initial');
    expect(outcome.grade.id).toBe('A');
    expect(outcome.record).toEqual({ on: '2026-01-01', proposedGrade: 'A', grade: 'A', change: 'initial' });
    expect(outcome.history).toEqual([outcome.record]);
  });

  it('downgrades at once (spec §1.5)', () => {
    expect(grades(runReviews(['AA', 'C']))).toEqual(['initial:AA', 'downgrade:C']);
  });

  it('upgrades only after two clean reviews in a row', () => {
    expect(grades(runReviews(['B', 'A', 'A']))).toEqual(['initial:B', 'upgradePending:B', 'upgrade:A']);
  });

  it('upgrades to the lower of the two proposals', () => {
    expect(grades(runReviews(['B', 'AAA', 'A']))).toEqual(['initial:B', 'upgradePending:B', 'upgrade:A']);
    expect(grades(runReviews(['B', 'A', 'AAA']))).toEqual(['initial:B', 'upgradePending:B', 'upgrade:A']);
  });

  it('restarts the count when a review in between is not clean', () => {
    expect(grades(runReviews(['B', 'A', 'B', 'A', 'A']))).toEqual([
      'initial:B',
      'upgradePending:B',
      'unchanged:B',
      'upgradePending:B',
      'upgrade:A',
    ]);
  });

  it('counts a new chain after an upgrade', () => {
    expect(grades(runReviews(['B', 'AAA', 'AAA', 'AAA', 'AAA']))).toEqual([
      'initial:B',
      'upgradePending:B',
      'upgrade:AAA',
      'unchanged:AAA',
      'unchanged:AAA',
    ]);
    expect(grades(runReviews(['C', 'A', 'B', 'AA', 'AA']))).toEqual([
      'initial:C',
      'upgradePending:C',
      'upgrade:B',
      'upgradePending:B',
      'upgrade:AA',
    ]);
  });

  it('takes another number of clean reviews', () => {
    expect(grades(runReviews(['B', 'A'], 1))).toEqual(['initial:B', 'upgrade:A']);
    expect(grades(runReviews(['B', 'A', 'A', 'A'], 3))).toEqual([
      'initial:B',
      'upgradePending:B',
      'upgradePending:B',
      'upgrade:A',
    ]);
  });

  it('leaves the history given unchanged', () => {
    const history = runReviews(['B']);
    const copy = structuredClone(history);
    applyReview(history, 'A', { scale, on: '2026-01-01' });
    expect(history).toEqual(copy);
  });

  it('refuses unknown grades, reviews out of order and bad counts', () => {
    const history = runReviews(['B']);
    expect(() => applyReview(history, 'Z', { scale, on: '2026-01-01' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'applyReview: proposedGrade: "Z" is not a grade of scale "default" (grades: AAA, AA, A, B, C, D)',
      }),
    );
    expect(() => applyReview(history, 'A', { scale, on: '2023-12-31' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'applyReview: on: "2023-12-31" is before the last review on 2024-01-01',
      }),
    );
    expect(() => applyReview(history, 'A', { scale, on: '2026-01-01', cleanReviewsToUpgrade: 0 })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'applyReview: cleanReviewsToUpgrade: 0 is below 1',
      }),
    );
    expect(() => applyReview(history, 'A', { scale, on: '2026-13-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});

describe('properties', () => {
  const proposals = fc.array(fc.constantFrom(...scale.grades.map((grade) => grade.id)), {
    minLength: 1,
    maxLength: 12,
  });

  it('applies a downgrade at once: the grade in force is never better than a worse proposal', () => {
    fc.assert(
      fc.property(proposals, (list) => {
        for (const record of runReviews(list)) {
          if (compareGrades(scale, record.proposedGrade, record.grade) < 0) {
            expect.unreachable(`grade ${record.grade} kept over the worse proposal ${record.proposedGrade}`);
          }
        }
      }),
    );
  });

  it('never upgrades beyond what the last two reviews both proposed', () => {
    fc.assert(
      fc.property(proposals, (list) => {
        const history = runReviews(list);
        history.forEach((record, index) => {
          if (record.change !== 'upgrade') return;
          const previous = history[index - 1]!;
          expect(compareGrades(scale, record.grade, record.proposedGrade)).toBeLessThanOrEqual(0);
          expect(compareGrades(scale, record.grade, previous.proposedGrade)).toBeLessThanOrEqual(0);
          expect(previous.change).toBe('upgradePending');
        });
      }),
    );
  });

  it('is deterministic: equal histories and proposals give equal outcomes', () => {
    fc.assert(
      fc.property(proposals, (list) => {
        expect(runReviews(list)).toEqual(runReviews([...list]));
      }),
    );
  });
});
