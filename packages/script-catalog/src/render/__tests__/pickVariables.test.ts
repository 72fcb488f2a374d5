import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import { findTemplate, pickVariables, renderScript } from '../../index.ts';

const ALL = {
  customer: 'Hengda',
  contact: 'Ms Wang',
  invoiceNumbers: ['INV-1'],
  amount: { amount: '10', currency: 'CNY' },
  dueDate: '2026-03-31',
  daysPastDue: 3,
  deadline: '2026-04-10',
  sender: 'Li Lei',
  company: 'Huaxin',
  bankDetails: 'ICBC 1',
  offer: 'a training day',
};

describe('pickVariables', () => {
  it('keeps only the declared values', () => {
    const template = findTemplate(defaultScriptCatalog, 'financeAway.answer1', 'en');
    expect(pickVariables(template, ALL)).toEqual({
      contact: 'Ms Wang',
      amount: { amount: '10', currency: 'CNY' },
      invoiceNumbers: ['INV-1'],
      deadline: '2026-04-10',
    });
  });

  it('leaves missing values missing, for rendering to report', () => {
    const template = findTemplate(defaultScriptCatalog, 'plea.phone', 'en');
    const picked = pickVariables(template, { contact: 'Ms Wang' });
    expect(picked).toEqual({ contact: 'Ms Wang' });
    expect(() => renderScript(template, picked)).toThrow(
      expect.objectContaining({ code: 'INVALID_VARIABLE' }),
    );
  });

  it('ignores inherited values and names no template may declare', () => {
    const variables = JSON.parse('{"__proto__": "text", "contact": "text"}');
    const template = { ...findTemplate(defaultScriptCatalog, 'plea.phone', 'en'), variables };
    const values = Object.assign(Object.create({ contact: 'x' }), JSON.parse('{"__proto__": "y"}'));
    const picked = pickVariables(template, values);
    expect(Object.getPrototypeOf(picked)).toBe(Object.prototype);
    expect(Object.keys(picked)).toEqual([]);
  });
});

describe('properties', () => {
  it('one full set of values renders every shipped template once picked', () => {
    fc.assert(
      fc.property(fc.constantFrom(...defaultScriptCatalog.templates), (template) => {
        const picked = pickVariables(template, ALL);
        expect(Object.keys(picked).sort()).toEqual(Object.keys(template.variables).sort());
        expect(() => renderScript(template, picked)).not.toThrow();
      }),
    );
  });
});
