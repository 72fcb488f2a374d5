import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataAttributes } from '../html/dataAttributes.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatAmount } from '../html/formatAmount.ts';
import { groupDigits } from '../html/groupDigits.ts';
import { tierBadge } from '../html/tierBadge.ts';
import { toneClass } from '../html/toneClass.ts';

describe('escapeHtml', () => {
  it('turns the five markup characters into character references', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    expect(escapeHtml('恒达贸易 Hengda')).toBe('恒达贸易 Hengda');
  });
});

describe('groupDigits', () => {
  it('groups the whole part in threes and keeps every decimal and the sign', () => {
    expect(groupDigits('1234567.891')).toBe('1,234,567.891');
    expect(groupDigits('-1000.00')).toBe('-1,000.00');
    expect(groupDigits('999')).toBe('999');
    expect(groupDigits('0.00')).toBe('0.00');
  });

  it('leaves anything that is not a plain decimal unchanged', () => {
    expect(groupDigits('1e21')).toBe('1e21');
    expect(groupDigits('n/a')).toBe('n/a');
  });
});

describe('formatAmount', () => {
  it('prints the currency code and the grouped exact amount', () => {
    expect(formatAmount({ amount: '17448161.64', currency: 'CNY' })).toBe('CNY 17,448,161.64');
    expect(formatAmount({ amount: '5', currency: 'JPY' })).toBe('JPY 5');
  });
});

describe('dataAttributes', () => {
  it('prints data attributes in order, values escaped', () => {
    expect(dataAttributes({ 'data-customer': 'C"1', 'data-amount': '1.00' })).toBe(
      ' data-customer="C&quot;1" data-amount="1.00"',
    );
  });

  it('refuses other attribute names with INVALID_ARGUMENT', () => {
    for (const name of ['onclick', 'data-X', 'data-a b', 'style']) {
      expect(() => dataAttributes({ [name]: 'x' })).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });
});

describe('toneClass', () => {
  it('spreads the items of a ramp from tone-0 to tone-6', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((index) => toneClass(index, 7))).toEqual([
      'tone-0',
      'tone-1',
      'tone-2',
      'tone-3',
      'tone-4',
      'tone-5',
      'tone-6',
    ]);
    expect([0, 1, 2].map((index) => toneClass(index, 3))).toEqual(['tone-0', 'tone-3', 'tone-6']);
    expect(toneClass(0, 1)).toBe('tone-0');
  });
});

describe('tierBadge', () => {
  it('colours tiers 0–4 and escapes the label', () => {
    expect(tierBadge({ level: 4, label: '4 <Legal>' })).toBe(
      '<span class="tier tier-4">4 &lt;Legal&gt;</span>',
    );
    expect(tierBadge({ level: 9, label: '9' })).toBe('<span class="tier">9</span>');
    expect(tierBadge(null)).toBe('<span class="muted">–</span>');
  });
});

describe('properties', () => {
  it('escaping leaves no markup character: the result never contains < > " or \' and only & of references', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });

  it('escaping is reversible: decoding the references gives back the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const decoded = escapeHtml(text).replace(/&(amp|lt|gt|quot|#39);/g, (_match, name: string) =>
          name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
        );
        expect(decoded).toBe(text);
      }),
    );
  });

  it('grouping loses no digit: removing the commas gives back the decimal', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.nat({ max: 999_999 }), fc.nat({ max: 6 }), (whole, fraction, places) => {
        const text =
          places === 0 ? whole.toString() : `${whole}.${String(fraction).padStart(6, '0').slice(0, places)}`;
        expect(groupDigits(text).replaceAll(',', '')).toBe(text);
        expect(groupDigits(text)).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d+)?$/);
      }),
    );
  });
});
