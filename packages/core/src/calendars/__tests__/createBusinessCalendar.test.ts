import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../../dates/dayOfWeek.ts';
import type { ValidationIssue } from '../../errors/ValidationIssue.ts';
import { createBusinessCalendar } from '../createBusinessCalendar.ts';
import { calendarDefinitions, datesAround2025, exampleChina2025 } from './exampleCalendars.ts';

/** The issues of the INVALID_CALENDAR error thrown for `definition`, as `path code` lines. */
function issuesOf(definition: unknown): string[] {
  try {
    createBusinessCalendar(definition as never);
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_CALENDAR' });
    const issues = (error as { details: { issues: readonly ValidationIssue[] } }).details.issues;
    return issues.map((issue) => `${issue.pathText} ${issue.code}`);
  }
  throw new Error('expected createBusinessCalendar to refuse the definition');
}

describe('createBusinessCalendar', () => {
  it('builds the example Chinese calendar with its make-up workdays', () => {
    const calendar = createBusinessCalendar(exampleChina2025);
    expect(calendar.name).toBe('CN 2025 (example data)');
    expect(calendar.isBusinessDay('2025-09-28')).toBe(true);
    expect(calendar.isBusinessDay('2025-10-01')).toBe(false);
    expect(calendar.isBusinessDay('2025-10-04')).toBe(false);
    expect(calendar.isBusinessDay('2025-10-09')).toBe(true);
    expect(calendar.isBusinessDay('2025-10-11')).toBe(true);
    expect(calendar.isBusinessDay('2025-10-12')).toBe(false);
  });

  it('defaults to a Saturday–Sunday weekend, no holidays and an unnamed calendar', () => {
    const calendar = createBusinessCalendar({});
    expect(calendar.name).toBe('unnamed calendar');
    expect(['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map(calendar.isBusinessDay)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('accepts a calendar file that names its JSON Schema, and ignores that key', () => {
    const calendar = createBusinessCalendar({
      $schema: './business-calendar.schema.json',
      name: 'from a file',
    });
    expect(calendar.name).toBe('from a file');
    expect(calendar.isBusinessDay('2026-11-23')).toBe(true);
  });

  it('takes any weekend, including none', () => {
    const fridaySaturday = createBusinessCalendar({ weekend: [5, 6] });
    expect(['2026-11-20', '2026-11-21', '2026-11-22'].map(fridaySaturday.isBusinessDay)).toEqual([
      false,
      false,
      true,
    ]);
    const everyDay = createBusinessCalendar({ weekend: [] });
    expect(everyDay.isBusinessDay('2026-11-22')).toBe(true);
  });

  it('lets a calendar work only on listed days', () => {
    const listedOnly = createBusinessCalendar({ weekend: [1, 2, 3, 4, 5, 6, 7], workdays: ['2026-11-22'] });
    expect(listedOnly.isBusinessDay('2026-11-22')).toBe(true);
    expect(listedOnly.isBusinessDay('2026-11-23')).toBe(false);
  });

  it('returns a frozen calendar', () => {
    expect(Object.isFrozen(createBusinessCalendar(exampleChina2025))).toBe(true);
  });

  it('refuses a bad date asked of the calendar', () => {
    const calendar = createBusinessCalendar({});
    expect(() => calendar.isBusinessDay('2025-02-29')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => calendar.isBusinessDay('2025-02-29')).toThrow(
      'isBusinessDay: date: "2025-02-29" is not a date',
    );
  });

  it('reports every problem of a definition at once, each with its path', () => {
    const definition = {
      name: ' ',
      weekend: [0, 6, 6, 8, 1.5, '7'],
      holidays: ['2025-02-30', '2025-10-01', 20251002],
      workdays: ['2025-10-01', '2025-9-28'],
      holiday: ['2025-10-03'],
    };
    expect(issuesOf(definition)).toEqual([
      'name blank_text',
      'weekend[0] too_small',
      'weekend[3] too_big',
      'weekend[4] not_multiple_of',
      'weekend[5] invalid_type',
      'weekend[2] duplicate_weekday',
      'holidays[0] invalid_date',
      'holidays[2] invalid_type',
      'workdays[1] invalid_date',
      ' unrecognized_keys',
      'workdays[0] holiday_and_workday',
    ]);
  });

  it('explains each problem in the error message', () => {
    expect(() =>
      createBusinessCalendar({ weekend: [6, 6], holidays: ['2025-10-01'], workdays: ['2025-10-01'] }),
    ).toThrow(
      [
        'createBusinessCalendar: 2 problems',
        '  weekend[1]: 6 is listed twice (first at weekend[0])',
        '  workdays[0]: "2025-10-01" is listed both as a holiday (holidays[0]) and as a workday; keep it in one list',
      ].join('\n'),
    );
    expect(() => createBusinessCalendar({ weekend: [0] })).toThrow(
      'weekend[0]: is not an ISO weekday: use 1 (Monday) to 7 (Sunday) (got 0)',
    );
  });

  it('refuses something that is not a definition', () => {
    expect(issuesOf(undefined)).toEqual([' invalid_type']);
    expect(issuesOf({ weekend: '6,7', holidays: null })).toEqual([
      'weekend invalid_type',
      'holidays invalid_type',
    ]);
  });

  describe('properties', () => {
    it('applies the rule: a listed workday works; else a holiday does not; else a weekend day does not; else it works', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const expected =
            (definition.workdays ?? []).includes(date) ||
            !(
              (definition.holidays ?? []).includes(date) ||
              (definition.weekend ?? []).includes(dayOfWeek(date))
            );
          expect(createBusinessCalendar(definition).isBusinessDay(date)).toBe(expected);
        }),
      );
    });

    it('gives the same answers after a JSON round trip of the definition', () => {
      fc.assert(
        fc.property(calendarDefinitions, datesAround2025, (definition, date) => {
          const fromJson = createBusinessCalendar(JSON.parse(JSON.stringify(definition)));
          expect(fromJson.isBusinessDay(date)).toBe(createBusinessCalendar(definition).isBusinessDay(date));
        }),
      );
    });
  });
});
