import { money } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScriptCatalog } from '../../default.ts';
import type { ScriptTemplate, VariableValues } from '../../index.ts';
import { findTemplate, renderScript } from '../../index.ts';

const note: ScriptTemplate = {
  id: 'test.note',
  locale: 'en',
  kind: 'written',
  tactic: 'T2',
  channels: ['email'],
  stages: ['earlyOverdue'],
  variables: {
    contact: 'text',
    amount: 'amount',
    dueDate: 'date',
    invoiceNumbers: 'list',
    daysPastDue: 'number',
  },
  subject: 'About {invoiceNumbers}',
  body: 'Dear {contact},\n\n{amount} was due on {dueDate}: {daysPastDue, plural, one {# day} other {# days}} ago.\nThanks!',
};

const values = {
  contact: 'Ms Wang',
  amount: { amount: '1234.5', currency: 'CNY' },
  dueDate: '2026-03-31',
  invoiceNumbers: ['INV-1', 'INV-2', 'INV-3'],
  daysPastDue: 1,
};

function issuesOf(action: () => unknown): { code: string; pathText: string; message: string }[] {
  try {
    action();
  } catch (error) {
    return (error as { details: { issues: { code: string; pathText: string; message: string }[] } }).details
      .issues;
  }
  throw new Error('expected an error');
}

describe('renderScript', () => {
  it('renders plain text with amounts, dates, lists and plurals formatted for the locale', () => {
    expect(renderScript(note, values)).toEqual({
      templateId: 'test.note',
      locale: 'en',
      format: 'text',
      subject: 'About INV-1, INV-2, and INV-3',
      body: 'Dear Ms Wang,\n\nCN¥1,234.50 was due on March 31, 2026: 1 day ago.\nThanks!',
    });
    expect(renderScript(note, { ...values, daysPastDue: 1234 }).body).toContain('1,234 days ago');
  });

  it('formats for a regional locale of the same language', () => {
    const body = renderScript(note, values, { locale: 'en-GB' }).body;
    expect(body).toContain('31 March 2026');
    expect(
      renderScript(note, { ...values, invoiceNumbers: ['A', 'B', 'C'] }, { locale: 'en-GB' }).subject,
    ).toBe('About A, B and C');
  });

  it('formats dates in Chinese without any time-zone shift, whatever the machine’s zone', () => {
    const template = findTemplate(defaultScriptCatalog, 'seekAdvice.phone', 'zh-CN');
    const body = renderScript(template, {
      contact: '王经理',
      sender: '李雷',
      amount: { amount: '100', currency: 'CNY' },
      invoiceNumbers: ['A1'],
      dueDate: '2027-01-01',
    }).body;
    expect(body).toContain('付款日是2027年1月1日');
    expect(body).toContain('发票A1项下的¥100.00');
  });

  it('accepts Money from @receivables/core and keeps every minor unit', () => {
    expect(renderScript(note, { ...values, amount: money('0.05', 'USD') }).body).toContain('$0.05 was due');
    expect(renderScript(note, { ...values, amount: { amount: '1200', currency: 'JPY' } }).body).toContain(
      '¥1,200 was due',
    );
  });

  it('renders HTML: everything escaped, paragraphs and line breaks kept', () => {
    const rendered = renderScript(note, { ...values, contact: 'A & <b>"B"</b>' }, { format: 'html' });
    expect(rendered.subject).toBe('About INV-1, INV-2, and INV-3');
    expect(rendered.body).toBe(
      '<p>Dear A &amp; &lt;b&gt;&quot;B&quot;&lt;/b&gt;,</p>\n<p>CN¥1,234.50 was due on March 31, 2026: 1 day ago.<br>\nThanks!</p>',
    );
  });

  it('renders Markdown: variables escaped, the template’s own text as written', () => {
    const rendered = renderScript(
      note,
      { ...values, contact: '*Wang* [x](http://e.vil)' },
      { format: 'markdown' },
    );
    expect(rendered.body.split('\n')[0]).toBe('Dear \\*Wang\\* \\[x\\]\\(http\\://e\\.vil\\),');
    expect(rendered.subject).toBe('About INV\\-1, INV\\-2, and INV\\-3');
  });

  it('keeps a variable on one line in HTML and Markdown, so it cannot start a block', () => {
    const multiLine = { ...values, contact: 'Wang\n\n# Heading' };
    expect(renderScript(note, multiLine, { format: 'markdown' }).body).toContain('Dear Wang  \\# Heading,');
    expect(renderScript(note, multiLine, { format: 'html' }).body).toContain('<p>Dear Wang  # Heading,</p>');
    expect(renderScript(note, multiLine).body).toContain('Dear Wang\n\n# Heading,');
  });

  it('lists every missing, mistyped and unknown variable in one error', () => {
    const issues = issuesOf(() =>
      renderScript(note, {
        contact: '  ',
        amount: { amount: '1.234', currency: 'CNY' },
        dueDate: '2026-02-30',
        daysPastDue: Number.NaN,
        sender: 'Li',
      } as VariableValues),
    );
    expect(issues.map((issue) => `${issue.pathText} ${issue.code}`)).toEqual([
      'contact invalid_variable',
      'amount invalid_variable',
      'dueDate invalid_variable',
      'invoiceNumbers missing_variable',
      'daysPastDue invalid_variable',
      'sender unknown_variable',
    ]);
    expect(issues[1]?.message).toBe('"1.234" has 3 decimal places but CNY allows 2');
    expect(issues[2]?.message).toBe('"2026-02-30" is not a date: February 2026 has 28 days');
  });

  it('throws INVALID_VARIABLE with the list in its message', () => {
    expect(() => renderScript(note, { ...values, invoiceNumbers: [] })).toThrow(
      expect.objectContaining({
        code: 'INVALID_VARIABLE',
        message:
          'renderScript: 1 problem\n  invoiceNumbers: expected a non-empty list of non-blank texts, got an array of 0',
      }),
    );
    expect(() => renderScript(note, null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_VARIABLE' }),
    );
  });

  it('never reads inherited properties: values must be the object’s own', () => {
    const inherited = Object.create({ contact: 'Ms Wang' }) as Record<string, unknown>;
    Object.assign(inherited, { ...values });
    delete inherited.contact;
    expect(
      issuesOf(() => renderScript(note, inherited as VariableValues)).map((issue) => issue.code),
    ).toEqual(['missing_variable']);
    const polluted = JSON.parse('{"__proto__": {"x": 1}, "constructor": "x"}') as VariableValues;
    expect(issuesOf(() => renderScript(note, { ...values, ...polluted })).map((issue) => issue.code)).toEqual(
      ['unknown_variable', 'unknown_variable'],
    );
  });

  it('refuses templates that could reach prototypes or are malformed', () => {
    const proto = {
      ...note,
      variables: { ...note.variables, toString: 'text' },
      body: `${note.body} {toString}`,
    } as ScriptTemplate;
    expect(() => renderScript(proto, values)).toThrow(expect.objectContaining({ code: 'INVALID_CATALOG' }));
    const undeclared = { ...note, body: `${note.body} {valueOf}` };
    expect(() => renderScript(undeclared, values)).toThrow(
      expect.objectContaining({ code: 'INVALID_CATALOG' }),
    );
    expect(() => renderScript(null as never, values)).toThrow(
      expect.objectContaining({ code: 'INVALID_CATALOG' }),
    );
  });

  it('treats tags as plain text, so no template can call a function', () => {
    const tagged = { ...note, id: 'test.tagged', body: `<b>{contact}</b> ${note.body}` };
    expect(renderScript(tagged, values).body.startsWith('<b>Ms Wang</b> Dear')).toBe(true);
    expect(
      renderScript(tagged, values, { format: 'html' }).body.startsWith('<p>&lt;b&gt;Ms Wang&lt;/b&gt; Dear'),
    ).toBe(true);
  });

  it('recompiles when a different template reuses an id', () => {
    expect(renderScript(note, values).body).toContain('Thanks!');
    expect(renderScript({ ...note, body: `${note.body} Bye.` }, values).body).toContain('Thanks! Bye.');
  });

  it('refuses an unknown format and a locale it cannot use', () => {
    expect(() => renderScript(note, values, { format: 'pdf' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => renderScript(note, values, { locale: 'zh-CN' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_LOCALE' }),
    );
    expect(() => renderScript(note, values, { locale: 'no such locale' })).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_LOCALE' }),
    );
  });
});

/** Any text a customer record might hold, markup and Markdown included, but no ICU braces. */
const anyText = fc
  .string({
    unit: fc.constantFrom(...'ab <>&"\'*_[]()#!`\\|~-+.:@=$^\n王'.split('')),
    minLength: 1,
    maxLength: 30,
  })
  .filter((text) => /\S/.test(text));

const SAMPLE = {
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
} as const;

function valuesFor(template: ScriptTemplate, text: string): VariableValues {
  const chosen: Record<string, VariableValues[string]> = {};
  for (const [name, type] of Object.entries(template.variables)) {
    chosen[name] =
      type === 'text' ? text : type === 'list' ? [text, text] : SAMPLE[name as keyof typeof SAMPLE];
  }
  return chosen;
}

const unescapeMarkdown = (text: string): string => text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&:@=$^])/g, '$1');

describe('properties', () => {
  it('rendering never leaves a placeholder, in any template, locale or format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...defaultScriptCatalog.templates),
        anyText,
        fc.constantFrom('text', 'html', 'markdown' as const),
        (template, text, format) => {
          const rendered = renderScript(template, valuesFor(template, text), { format });
          expect(`${rendered.subject ?? ''}${rendered.body}`).not.toMatch(/[{}]/);
        },
      ),
    );
  });

  it('never lets a variable inject HTML: only the renderer’s own tags remain, every & starts an entity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...defaultScriptCatalog.templates), anyText, (template, text) => {
        const rendered = renderScript(template, valuesFor(template, text), { format: 'html' });
        const withoutOwnTags = rendered.body.replace(/<\/?p>|<br>/g, '');
        expect(withoutOwnTags).not.toMatch(/[<>]/);
        expect(rendered.subject ?? '').not.toMatch(/[<>]/);
        expect(withoutOwnTags.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toMatch(/[&"']/);
      }),
    );
  });

  it('never lets a variable inject Markdown: every special character of a value is escaped', () => {
    const probe: ScriptTemplate = {
      ...note,
      id: 'test.probe',
      variables: { contact: 'text' },
      subject: '«{contact}»',
      body: 'x',
    };
    fc.assert(
      fc.property(anyText, (text) => {
        const shown = renderScript(probe, { contact: text }, { format: 'markdown' }).subject ?? '';
        const inner = shown.slice(1, -1);
        expect(inner.replace(/\\[\\`*_{}[\]()#+\-.!|<>~&:@=$^]/g, '')).not.toMatch(
          /[\\`*_{}[\]()#+\-.!|<>~&:@=$^\n]/,
        );
        expect(unescapeMarkdown(inner)).toBe(text.replace(/\n/g, ' '));
      }),
    );
  });

  it('plain text shows every value exactly as given', () => {
    const { subject: _subject, ...withoutSubject } = note;
    const probe: ScriptTemplate = {
      ...withoutSubject,
      id: 'test.plain',
      variables: { contact: 'text' },
      body: '[{contact}]',
    };
    fc.assert(
      fc.property(anyText, (text) => {
        expect(renderScript(probe, { contact: text }).body).toBe(`[${text}]`);
      }),
    );
  });
});
