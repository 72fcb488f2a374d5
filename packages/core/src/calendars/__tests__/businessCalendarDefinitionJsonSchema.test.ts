import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDates } from '../../dates/__tests__/dateArbitraries.ts';
import { businessCalendarDefinitionJsonSchema } from '../businessCalendarDefinitionJsonSchema.ts';
import { calendarDefinitions } from './exampleCalendars.ts';

type PropertySchema = { type?: string; items?: Record<string, unknown>; default?: unknown };

const properties = businessCalendarDefinitionJsonSchema.properties as Record<string, PropertySchema>;

describe('businessCalendarDefinitionJsonSchema', () => {
  it('describes the four fields and the file own $schema key, none required, no others allowed', () => {
    expect(Object.keys(properties)).toEqual(['$schema', 'name', 'weekend', 'holidays', 'workdays']);
    expect(businessCalendarDefinitionJsonSchema.required).toBeUndefined();
    expect(businessCalendarDefinitionJsonSchema.additionalProperties).toBe(false);
  });

  it('states the weekday range, the date format and the defaults', () => {
    expect(properties.weekend?.items).toMatchObject({ type: 'integer', minimum: 1, maximum: 7 });
    expect(properties.weekend?.default).toEqual([6, 7]);
    expect(properties.holidays?.items).toMatchObject({ type: 'string', format: 'date' });
    expect(properties.workdays?.items).toMatchObject({ type: 'string', format: 'date' });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(businessCalendarDefinitionJsonSchema))).toEqual(
      businessCalendarDefinitionJsonSchema,
    );
  });

  describe('properties', () => {
    const datePattern = new RegExp(String(properties.holidays?.items?.pattern));

    it('is no stricter than the suite: its date pattern accepts every date the suite accepts', () => {
      fc.assert(
        fc.property(isoDates(), (date) => {
          expect(datePattern.test(date)).toBe(true);
        }),
      );
    });

    it('is no stricter than the suite: every valid definition uses only the fields it lists', () => {
      fc.assert(
        fc.property(calendarDefinitions, (definition) => {
          expect(Object.keys(definition).every((key) => key in properties)).toBe(true);
        }),
      );
    });
  });
});
