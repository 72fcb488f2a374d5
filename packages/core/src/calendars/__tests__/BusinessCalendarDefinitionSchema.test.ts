import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toValidationIssues } from '../../errors/toValidationIssues.ts';
import { BusinessCalendarDefinitionSchema } from '../BusinessCalendarDefinitionSchema.ts';
import { calendarDefinitions, exampleChina2025 } from './exampleCalendars.ts';

function problemsOf(definition: unknown): string[] {
  const result = BusinessCalendarDefinitionSchema.safeParse(definition, { reportInput: true });
  return result.success
    ? []
    : toValidationIssues(result.error.issues).map((issue) => `${issue.pathText}: ${issue.message}`);
}

describe('BusinessCalendarDefinitionSchema', () => {
  it('accepts the example calendar and an empty definition, unchanged', () => {
    expect(BusinessCalendarDefinitionSchema.parse(exampleChina2025)).toEqual(exampleChina2025);
    expect(BusinessCalendarDefinitionSchema.parse({})).toEqual({});
  });

  it('explains dates that do not exist in the suite’s own words', () => {
    expect(problemsOf({ holidays: ['2025-02-29'], workdays: ['2025-13-01'] })).toEqual([
      'holidays[0]: "2025-02-29" is not a date: February 2025 has 28 days',
      'workdays[0]: "2025-13-01" is not a date: there is no month 13',
    ]);
  });

  it('reports duplicate weekdays and holiday/workday clashes next to malformed entries', () => {
    expect(
      problemsOf({ weekend: [6, 1.5, 6], holidays: ['2025-10-01', 'soon'], workdays: ['2025-10-01'] }),
    ).toEqual([
      'weekend[1]: is not an ISO weekday: use 1 (Monday) to 7 (Sunday) (got 1.5)',
      'weekend[2]: 6 is listed twice (first at weekend[0])',
      'holidays[1]: "soon" is not a date in the form YYYY-MM-DD',
      'workdays[0]: "2025-10-01" is listed both as a holiday (holidays[0]) and as a workday; keep it in one list',
    ]);
  });

  it('refuses unknown keys, so a misspelt list is not silently ignored', () => {
    expect(problemsOf({ holiday: ['2025-10-01'] })).toEqual([': Unrecognized key: "holiday"']);
  });

  describe('properties', () => {
    it('accepts every well-formed definition as it is', () => {
      fc.assert(
        fc.property(calendarDefinitions, (definition) => {
          expect(BusinessCalendarDefinitionSchema.parse(definition)).toEqual(definition);
        }),
      );
    });

    it('refuses any definition listing a date both as holiday and as workday', () => {
      fc.assert(
        fc.property(calendarDefinitions, fc.nat(), (definition, pick) => {
          const holidays = definition.holidays ?? [];
          fc.pre(holidays.length > 0);
          const clash = holidays[pick % holidays.length] ?? '';
          const withClash = { ...definition, workdays: [...(definition.workdays ?? []), clash] };
          expect(BusinessCalendarDefinitionSchema.safeParse(withClash).success).toBe(false);
        }),
      );
    });
  });
});
