import { checkHostileCall } from '@receivables/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../default.ts';
import { extendCatalog, lintScript, recommendScripts, renderScript, type ScriptTemplate } from '../index.ts';

/** A template of every variable type, added by an integrator. */
const everyType: ScriptTemplate = {
  id: 'acme.everyType',
  locale: 'en',
  kind: 'written',
  tactic: 'T2',
  channels: ['messaging'],
  stages: ['earlyOverdue'],
  variables: {
    contact: 'text',
    amount: 'amount',
    dueDate: 'date',
    daysPastDue: 'number',
    invoiceNumbers: 'list',
  },
  body: '{contact}: {amount} was due on {dueDate}, {daysPastDue, plural, one {# day} other {# days}} ago (ref. {invoiceNumbers}).',
};
const values = {
  contact: 'Ms Wang',
  amount: { amount: '12800.00', currency: 'CNY' },
  dueDate: '2026-03-31',
  daysPastDue: 12,
  invoiceNumbers: ['INV-1001'],
};
const zhCN: ScriptTemplate = { ...everyType, locale: 'zh-CN' };

describe('amounts with 30 digits and more', () => {
  it('are written with every digit', () => {
    const amount = { amount: '123456789012345678901234567890.12', currency: 'CNY' };
    expect(renderScript(everyType, { ...values, amount }).body).toBe(
      'Ms Wang: CN¥123,456,789,012,345,678,901,234,567,890.12 was due on March 31, 2026, 12 days ago (ref. INV-1001).',
    );
  });

  it('are written in full up to 308 digits and refused beyond with INVALID_VARIABLE, never as "∞"', () => {
    const widest = renderScript(everyType, { ...values, amount: { amount: '9e307', currency: 'JPY' } }).body;
    // 308 digits: a first group of two, then 102 groups of three.
    expect(widest).toContain(`¥90${',000'.repeat(102)} was due`);
    expect(() =>
      renderScript(everyType, { ...values, amount: { amount: '1e308', currency: 'JPY' } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_VARIABLE' }));
  });
});

describe('the first and last days, and the longest delay', () => {
  it('are written as dates in both languages', () => {
    expect(renderScript(everyType, { ...values, dueDate: '0001-01-01', daysPastDue: 3_652_058 }).body).toBe(
      'Ms Wang: CN¥12,800.00 was due on January 1, 1, 3,652,058 days ago (ref. INV-1001).',
    );
    expect(renderScript(zhCN, { ...values, dueDate: '9999-12-31', daysPastDue: 2 }).body).toBe(
      'Ms Wang: ¥12,800.00 was due on 9999年12月31日, 2 days ago (ref. INV-1001).',
    );
  });

  it('refuse days that do not exist with INVALID_VARIABLE', () => {
    for (const dueDate of ['0000-12-31', '10000-01-01', '9999-12-32']) {
      expect(() => renderScript(everyType, { ...values, dueDate })).toThrow(
        expect.objectContaining({ code: 'INVALID_VARIABLE' }),
      );
    }
  });
});

describe('empty additions and limits', () => {
  it('extendCatalog with nothing to add gives an equal catalog', () => {
    expect(extendCatalog(defaultScriptCatalog, {})).toEqual(defaultScriptCatalog);
  });

  it('recommendScripts with a limit of 0 recommends no script', () => {
    const situation = {
      scenario: 'E5',
      power: 'willingButUnable',
      stage: 'earlyOverdue',
      channel: 'phone',
      tier: 1,
      locale: 'zh-CN',
      flags: { readyToEndRelationship: false, realDeadline: true, authorityToConcede: false },
    } as const;
    expect(recommendScripts(situation, { catalog: defaultScriptCatalog, limit: 0 }).scripts).toEqual([]);
  });

  it('lintScript finds nothing in the empty text', () => {
    expect(lintScript('', { stage: 'legal', locale: 'zh-CN' })).toEqual([]);
  });
});

describe('a very long script', () => {
  it('is linted in one pass: a megabyte of repeated risky wording yields one finding per occurrence', () => {
    const findings = lintScript('晚上11点'.repeat(100_000), { stage: 'middleOverdue', locale: 'zh-CN' });
    expect(findings).toHaveLength(100_000);
    expect(findings.every((finding) => finding.ruleId === 'nightContact')).toBe(true);
  });

  it('renders a megabyte-long value whole, in every format', () => {
    const contact = 'Wang '.repeat(200_000).trim();
    for (const format of ['text', 'html', 'markdown'] as const) {
      expect(renderScript(everyType, { ...values, contact }, { format }).body.length).toBeGreaterThan(
        contact.length,
      );
    }
  });
});

describe('properties', () => {
  it('writes any number of days past due in full, with the plural the count calls for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (days) => {
        const outcome = checkHostileCall(() => renderScript(everyType, { ...values, daysPastDue: days }));
        expect(outcome.kind).toBe('returned');
        if (outcome.kind === 'returned') {
          expect(outcome.value.body).toContain(
            `${days.toLocaleString('en')} ${days === 1 ? 'day' : 'days'} ago`,
          );
        }
      }),
    );
  });

  it('writes any date of 0001–9999 with its year', () => {
    const dates = fc.date({
      min: new Date('0001-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (date) => {
        const dueDate = date.toISOString().slice(0, 10);
        const body = renderScript(everyType, { ...values, dueDate }).body;
        expect(body).toContain(`, ${Number(dueDate.slice(0, 4))}, `);
      }),
    );
  });
});
