import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeIcuMessage, compileIcuMessage, unfitUsage } from '../icuMessage.ts';

const analyze = (source: string) => analyzeIcuMessage(compileIcuMessage(source, 'en'));
const usagesOf = (source: string) =>
  Object.fromEntries([...analyze(source).usages].map(([name, usages]) => [name, [...usages].sort()]));

describe('analyzeIcuMessage', () => {
  it('reads every kind of argument intl-messageformat produces (the AST type numbers are pinned here)', () => {
    expect(
      usagesOf(
        '{a} {b, number} {c, select, x {{d}} other {y}} {e, plural, one {# {f}} other {#}} {g, selectordinal, other {#}}',
      ),
    ).toEqual({
      a: ['argument'],
      b: ['number'],
      c: ['select'],
      d: ['argument'],
      e: ['plural'],
      f: ['argument'],
      g: ['plural'],
    });
  });

  it('refuses date and time arguments', () => {
    expect(analyze('{d, date, long} {t, time}').problems).toEqual([
      '{d, date} is not allowed: pass dates as "date" variables, which are formatted without a time-zone shift',
      '{t, time} is not allowed: pass dates as "date" variables, which are formatted without a time-zone shift',
    ]);
  });

  it('treats tags as text', () => {
    expect(analyze('<b>{a}</b>')).toEqual({ usages: new Map([['a', new Set(['argument'])]]), problems: [] });
  });

  it('lets only numbers drive plurals and number formats', () => {
    expect(unfitUsage('text', new Set(['plural']))).toBe('plural');
    expect(unfitUsage('amount', new Set(['select']))).toBe('select');
    expect(unfitUsage('number', new Set(['plural', 'argument']))).toBeUndefined();
  });
});

describe('properties', () => {
  it('finds every argument name used, however often', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}$/), { minLength: 1, maxLength: 6 }),
        (names) => {
          const source = names.map((name) => `x {${name}} y`).join(' ');
          expect([...analyze(source).usages.keys()].sort()).toEqual([...new Set(names)].sort());
        },
      ),
    );
  });
});
