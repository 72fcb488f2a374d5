import { addDays, differenceInDays } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultGradeScale, fourLevelGradeScale, nextReview, type ReviewEvent } from '../../index.ts';

const scale = defaultGradeScale;

describe('nextReview', () => {
  it.each([
    ['AAA', '2027-01-15'],
    ['AA', '2027-01-15'],
    ['A', '2026-07-15'],
    ['B', '2026-07-15'],
    ['C', '2026-04-15'],
    ['D', '2026-04-15'],
  ])('schedules grade %s for %s: 12, 6 or 3 months after the last review (spec §1.5)', (grade, due) => {
    const schedule = nextReview({ on: '2026-01-15', grade }, { scale });
    expect(schedule).toEqual({ scheduledOn: due, dueOn: due, early: false, triggers: [] });
  });

  it('clamps to the end of a shorter month', () => {
    expect(nextReview({ on: '2026-08-31', grade: 'A' }, { scale }).dueOn).toBe('2027-02-28');
  });

  it('uses the review months of the scale given', () => {
    const yearly = {
      ...fourLevelGradeScale,
      grades: fourLevelGradeScale.grades.map((grade) => ({ ...grade, reviewMonths: 12 })),
    };
    expect(nextReview({ on: '2026-01-15', grade: 'C' }, { scale: fourLevelGradeScale }).scheduledOn).toBe(
      '2026-04-15',
    );
    expect(nextReview({ on: '2026-01-15', grade: 'C' }, { scale: yearly }).scheduledOn).toBe('2027-01-15');
  });

  it.each<ReviewEvent>([
    { kind: 'dangerSignal', on: '2026-03-01', signalId: 'chequeBounced' },
    { kind: 'daysPastDue', on: '2026-03-01', daysPastDue: 31 },
    { kind: 'limitIncreaseRequest', on: '2026-03-01' },
    { kind: 'ownershipChange', on: '2026-03-01' },
  ])('brings the review forward on %j', (event) => {
    const schedule = nextReview({ on: '2026-01-15', grade: 'AA' }, { scale, events: [event] });
    expect(schedule).toEqual({
      scheduledOn: '2027-01-15',
      dueOn: '2026-03-01',
      early: true,
      triggers: [event],
    });
  });

  it('needs more than 30 days past due, or the threshold given', () => {
    const events: ReviewEvent[] = [{ kind: 'daysPastDue', on: '2026-03-01', daysPastDue: 30 }];
    expect(nextReview({ on: '2026-01-15', grade: 'AA' }, { scale, events }).early).toBe(false);
    expect(
      nextReview({ on: '2026-01-15', grade: 'AA' }, { scale, events, earlyReviewDaysPastDue: 15 }).early,
    ).toBe(true);
  });

  it('ignores events on or before the last review and on or after the scheduled date', () => {
    const events: ReviewEvent[] = [
      { kind: 'ownershipChange', on: '2026-01-15' },
      { kind: 'ownershipChange', on: '2025-12-01' },
      { kind: 'ownershipChange', on: '2026-04-15' },
    ];
    expect(nextReview({ on: '2026-01-15', grade: 'C' }, { scale, events }).early).toBe(false);
  });

  it('lists the triggering events earliest first and is due on the first', () => {
    const events: ReviewEvent[] = [
      { kind: 'limitIncreaseRequest', on: '2026-05-01' },
      { kind: 'dangerSignal', on: '2026-02-10' },
    ];
    const schedule = nextReview({ on: '2026-01-15', grade: 'AA' }, { scale, events });
    expect(schedule.dueOn).toBe('2026-02-10');
    expect(schedule.triggers.map((event) => event.kind)).toEqual(['dangerSignal', 'limitIncreaseRequest']);
  });

  it('refuses a grade not in the scale, bad events and bad dates', () => {
    expect(() => nextReview({ on: '2026-01-15', grade: 'BBB' }, { scale })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'nextReview: lastReview.grade: "BBB" is not a grade of scale "default" (grades: AAA, AA, A, B, C, D)',
      }),
    );
    expect(() => nextReview({ on: '2026-02-30', grade: 'A' }, { scale })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    const unknown = [{ kind: 'rumour', on: '2026-03-01' }] as unknown as ReviewEvent[];
    expect(() => nextReview({ on: '2026-01-15', grade: 'A' }, { scale, events: unknown })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message:
          'nextReview: events[0].kind: "rumour" is not one of dangerSignal, daysPastDue, limitIncreaseRequest, ownershipChange',
      }),
    );
    const fractional: ReviewEvent[] = [{ kind: 'daysPastDue', on: '2026-03-01', daysPastDue: 30.5 }];
    expect(() => nextReview({ on: '2026-01-15', grade: 'A' }, { scale, events: fractional })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('properties', () => {
  const grade = fc.constantFrom(...scale.grades.map((entry) => entry.id));
  const day = fc.integer({ min: 0, max: 3000 }).map((offset) => addDays('2020-01-01', offset));
  const event = fc.record({
    kind: fc.constantFrom('dangerSignal', 'limitIncreaseRequest', 'ownershipChange') as fc.Arbitrary<
      'dangerSignal' | 'limitIncreaseRequest' | 'ownershipChange'
    >,
    offset: fc.integer({ min: -100, max: 500 }),
  });

  it('is never later than the schedule, and never on or before the last review', () => {
    fc.assert(
      fc.property(day, grade, fc.array(event, { maxLength: 6 }), (on, id, draws) => {
        const events = draws.map((draw) => ({ kind: draw.kind, on: addDays(on, draw.offset) }));
        const schedule = nextReview({ on, grade: id }, { scale, events });
        expect(schedule.dueOn <= schedule.scheduledOn).toBe(true);
        expect(differenceInDays(schedule.dueOn, on)).toBeGreaterThan(0);
      }),
    );
  });

  it('is monotone in grade: a better grade is never reviewed sooner on schedule', () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 4 }), (on, index) => {
        const better = scale.grades[index]!.id;
        const worse = scale.grades[index + 1]!.id;
        const sooner = nextReview({ on, grade: worse }, { scale }).scheduledOn;
        expect(nextReview({ on, grade: better }, { scale }).scheduledOn >= sooner).toBe(true);
      }),
    );
  });

  it('only brings forward: adding an event never delays the review', () => {
    fc.assert(
      fc.property(day, grade, fc.array(event, { maxLength: 4 }), event, (on, id, draws, extra) => {
        const events = draws.map((draw) => ({ kind: draw.kind, on: addDays(on, draw.offset) }));
        const before = nextReview({ on, grade: id }, { scale, events }).dueOn;
        const added = [...events, { kind: extra.kind, on: addDays(on, extra.offset) }];
        expect(nextReview({ on, grade: id }, { scale, events: added }).dueOn <= before).toBe(true);
      }),
    );
  });
});
