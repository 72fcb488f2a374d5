import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportData } from '../ReportData.ts';
import { renderReport } from '../renderReport.ts';
import { hostileName, reportDataFixture } from './reportDataFixture.ts';

/** The attributes of every `<tag …>` whose attributes match `filter`. */
function elements(html: string, tag: string, filter: RegExp): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag} ([^>]*?)/?>`, 'g'))]
    .map((match) => match[1] ?? '')
    .filter((attributes) => filter.test(attributes))
    .map((attributes) =>
      Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]])),
    );
}

/** The part of the page from an element with this id up to the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

const html = renderReport(reportDataFixture());

describe('renderReport', () => {
  it('writes one HTML5 document in the data’s language, with its title escaped', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain('<title>Receivables report</title>');
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
    const chinese = renderReport({ ...reportDataFixture(), locale: 'zh-CN', title: '应收账款报告 <2026>' });
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(chinese).toContain('<title>应收账款报告 &lt;2026&gt;</title>');
    expect(chinese).toContain('<h1>应收账款报告 &lt;2026&gt;</h1>');
  });

  it('escapes outside text everywhere: a customer name cannot open a tag or leave an attribute', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain(hostileName);
    const escaped =
      '&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; O&#39;Brien &amp; &quot;Sons&quot; &lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;';
    // In both tables (ranking and plan) and in the chart's description and tooltip.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(4);
    // The chart label is cut short, but escaped all the same.
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; O&#39;Bri…</text>');
  });

  it('needs no network: no URL, no external script, style, font or image, and a policy that forbids them', () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\b(src|href)="?[^"#]/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect([...html.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1])).toEqual(['#hatch']);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
  });

  it('has every section, each linked from the contents', () => {
    for (const [id, title] of [
      ['kpis', 'Key figures'],
      ['aging', 'Aged balances'],
      ['overdue', 'Largest overdue balances'],
      ['grades', 'Grade distribution'],
      ['plan', 'Planned contacts this week'],
      ['notes', 'Notes'],
    ]) {
      expect(html).toContain(`<section id="${id}" class="section`);
      expect(html).toContain(`<h2 id="${id}-heading">${title}</h2>`);
      expect(html).toContain(`<li><a href="#${id}">${title}</a></li>`);
    }
    expect(html).toContain('<dl class="facts"><div><dt>As of</dt><dd>2026-06-30</dd></div>');
    expect(html).toContain('<footer class="wrap">Made with receivables report.</footer>');
  });

  it('draws the charted aging line with bar heights exactly proportional to the figures', () => {
    const aging = section(html, 'aging');
    // Only the converted line is charted; the USD line is in the table only.
    expect(aging.match(/<svg /g)).toHaveLength(1);
    // Largest bar 1,200.00 → axis 0–1,250 over 240 units: 0.192 units per CNY.
    const segments = elements(aging, 'rect', /data-segment/).map((rect) => [
      rect['data-bucket'],
      rect['data-segment'],
      rect['data-amount'],
      rect.height,
    ]);
    expect(segments).toEqual([
      ['notDue', 'undisputed', '300.00', '57.60'],
      ['notDue', 'disputed', '0.00', '0.00'],
      ['d1to30', 'undisputed', '60.00', '11.52'],
      ['d1to30', 'disputed', '40.00', '7.68'],
      ['d31to60', 'undisputed', '0.00', '0.00'],
      ['d31to60', 'disputed', '0.00', '0.00'],
      ['d61to90', 'undisputed', '250.00', '48.00'],
      ['d61to90', 'disputed', '0.00', '0.00'],
      ['d91to180', 'undisputed', '1000.00', '192.00'],
      ['d91to180', 'disputed', '200.00', '38.40'],
      ['d181to365', 'undisputed', '0.00', '0.00'],
      ['d181to365', 'disputed', '0.00', '0.00'],
      ['over365', 'undisputed', '50.00', '9.60'],
      ['over365', 'disputed', '0.00', '0.00'],
    ]);
    expect(
      elements(aging, 'g', /class="bar"/).map((bar) => [bar['data-bucket'], bar['data-amount']]),
    ).toEqual([
      ['notDue', '300.00'],
      ['d1to30', '100.00'],
      ['d31to60', '0.00'],
      ['d61to90', '250.00'],
      ['d91to180', '1200.00'],
      ['d181to365', '0.00'],
      ['over365', '50.00'],
    ]);
    expect(aging).toContain('class="seg tone-0"');
    expect(aging).toContain('class="seg tone-6"');
    expect(aging).toContain('class="seg seg-disputed"');
  });

  it('repeats every aging figure in a table: buckets down, each line’s balance and disputed part across', () => {
    const aging = section(html, 'aging');
    expect(aging).toContain(
      '<th scope="colgroup" colspan="2">USD</th><th scope="colgroup" colspan="2">All in CNY</th>',
    );
    expect(aging).toContain(
      '<tr><th scope="row">91–180 days</th><td class="num">0.00</td><td class="num muted">0.00</td><td class="num">1,200.00</td><td class="num">200.00</td></tr>',
    );
    expect(aging).toContain(
      '<tr><th scope="row">Total</th><td class="num">10.00</td><td class="num">0.00</td><td class="num">1,900.00</td><td class="num">240.00</td></tr>',
    );
    expect(aging).toContain(
      '<tr><th scope="row">Unapplied cash and credits</th><td class="num">0.00</td><td></td><td class="num">12.34</td><td></td></tr>',
    );
  });

  it('ranks the overdue customers with bars as long as their share of the largest', () => {
    const overdue = section(html, 'overdue');
    // 408 units for the largest: 450.50 / 1000 × 408 = 183.804, 149.50 / 1000 × 408 = 60.996.
    expect(
      elements(overdue, 'rect', /data-customer/).map((rect) => [
        rect['data-customer'],
        rect['data-amount'],
        rect.width,
      ]),
    ).toEqual([
      ['C3', '1000.00', '408.00'],
      ['C1', '450.50', '183.80'],
      ['C2', '149.50', '61.00'],
    ]);
    expect(overdue).toContain('<td class="num">400</td>');
    expect(overdue).toContain('<span class="pill" title="D (poor)">D</span>');
    expect(overdue).toContain('<span class="tier tier-4">4 Legal</span>');
    expect(overdue).toContain('<th scope="col" class="num">Overdue (CNY)</th>');
  });

  it('charts the grade exposure when it is in one currency, and the customer counts otherwise', () => {
    const grades = section(html, 'grades');
    expect(
      elements(grades, 'rect', /data-grade/).map((rect) => [
        rect['data-grade'],
        rect['data-count'],
        rect['data-amount'],
        rect.width,
        rect.class,
      ]),
    ).toEqual([
      ['A', '0', '0.00', '0.00', 'tone-0'],
      ['B', '1', '750.50', '278.37', 'tone-3'],
      ['D', '1', '1100.00', '408.00', 'tone-6'],
      ['ungraded', '1', '149.50', '55.45', 'tone-none'],
    ]);
    const data = reportDataFixture();
    const counted = renderReport({ ...data, grades: { ...data.grades, chart: 'customers' } });
    expect(
      elements(section(counted, 'grades'), 'rect', /data-grade/).map((rect) => [
        rect['data-count'],
        rect.width,
        rect['data-amount'],
      ]),
    ).toEqual([
      ['0', '0.00', undefined],
      ['1', '408.00', undefined],
      ['1', '408.00', undefined],
      ['1', '408.00', undefined],
    ]);
  });

  it('shows each KPI with its value, definition and formula, and an undefined one with its reason', () => {
    const kpis = section(html, 'kpis');
    expect(kpis).toContain(
      '<article class="kpi" data-kpi="overdueRate" data-value="84.21"><h3>Overdue rate</h3><p class="value">84.21%</p>',
    );
    expect(kpis).toContain('<p class="formula">overdue ÷ total = 1,600.00 ÷ 1,900.00</p>');
    expect(kpis).toContain(
      '<article class="kpi" data-kpi="cei"><h3>CEI</h3><p class="value value-missing">– (no sales in the period)</p>',
    );
  });

  it('lists the plan one day per row group, with exact amounts', () => {
    const plan = section(html, 'plan');
    expect(plan.match(/<tbody class="day">/g)).toHaveLength(2);
    expect(plan).toContain('<th scope="rowgroup" rowspan="1" class="nowrap">2026-06-30</th>');
    expect(plan).toContain('<td class="num" data-amount="450.50">CNY 450.50</td>');
    expect(plan).toContain('<span class="pill">Lawyer’s letter</span>');
  });

  it('says so when a section has nothing to show, and leaves out empty notes', () => {
    const data = reportDataFixture();
    const empty = renderReport({
      ...data,
      aging: { ...data.aging, lines: [] },
      topOverdue: {
        ...data.topOverdue,
        groups: [{ currency: 'CNY', label: 'Overdue in CNY', customers: [] }],
      },
      grades: { ...data.grades, rows: data.grades.rows.map((row) => ({ ...row, count: 0 })) },
      kpis: { ...data.kpis, items: [] },
      plan: { ...data.plan, actions: [] },
      notes: { ...data.notes, items: [] },
    });
    for (const id of ['kpis', 'aging', 'overdue', 'grades', 'plan']) {
      expect(section(empty, id)).toContain('<p class="empty">Nothing to show.</p>');
    }
    expect(empty).not.toContain('<svg id=');
    expect(empty).not.toContain('id="notes"');
    expect(empty).not.toContain('href="#notes"');
  });

  it('refuses a negative charted amount with INVALID_AMOUNT', () => {
    const data = reportDataFixture();
    const [usd, cny] = data.aging.lines;
    const broken: ReportData = {
      ...data,
      aging: {
        ...data.aging,
        lines: [
          usd!,
          {
            ...cny!,
            buckets: cny!.buckets.map((bucket) => ({
              ...bucket,
              disputed: { amount: '-5.00', currency: 'CNY' },
            })),
          },
        ],
      },
    };
    expect(() => renderReport(broken)).toThrow(
      expect.objectContaining({
        code: 'INVALID_AMOUNT',
        message: expect.stringMatching(/^renderReport: .*negative/),
      }),
    );
  });
});

const amountText = fc.bigInt({ min: 0n, max: 10n ** 14n }).map((minor) => {
  const text = minor.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
});

describe('properties', () => {
  it('is deterministic: the same data gives the same bytes, also after a JSON round trip', () => {
    const data = reportDataFixture();
    expect(renderReport(data)).toBe(html);
    expect(renderReport(JSON.parse(JSON.stringify(data)) as ReportData)).toBe(html);
  });

  it('outside text adds no markup: the page has the same tags whatever the customer names', () => {
    const tags = (page: string) => page.match(/<[a-zA-Z/!][^>]*>/g)?.length;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 3, maxLength: 3 }), (names) => {
        const data = reportDataFixture();
        const renamed: ReportData = {
          ...data,
          topOverdue: {
            ...data.topOverdue,
            groups: data.topOverdue.groups.map((group) => ({
              ...group,
              customers: group.customers.map((customer, index) => ({
                ...customer,
                name: names[index] ?? '',
              })),
            })),
          },
          plan: {
            ...data.plan,
            actions: data.plan.actions.map((action, index) => ({
              ...action,
              customerName: names[index] ?? '',
            })),
          },
        };
        const page = renderReport(renamed);
        expect(page.split('<').length).toBe(html.split('<').length);
        expect(tags(page)).toBe(tags(html));
      }),
    );
  }, 60_000);

  it('every charted figure is on the page: each aging segment carries its amount and a height in proportion', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amountText, amountText), { minLength: 7, maxLength: 7 }), (pairs) => {
        const data = reportDataFixture();
        const line = data.aging.lines[1]!;
        const buckets = line.buckets.map((bucket, index) => {
          const [undisputed, disputed] = pairs[index]!;
          return {
            ...bucket,
            undisputed: { amount: undisputed, currency: 'CNY' },
            disputed: { amount: disputed, currency: 'CNY' },
          };
        });
        const page = renderReport({ ...data, aging: { ...data.aging, lines: [{ ...line, buckets }] } });
        const rects = elements(section(page, 'aging'), 'rect', /data-segment/);
        expect(rects.map((rect) => rect['data-amount'])).toEqual(pairs.flat());
        const heights = rects.map((rect) => Number(rect.height));
        const amounts = pairs.flat().map(Number);
        const largest = amounts.indexOf(Math.max(...amounts));
        if (amounts[largest]! > 0) {
          amounts.forEach((amount, index) => {
            // Same proportion as the largest segment, within the 0.01-unit rounding of each.
            expect(
              Math.abs(heights[index]! * amounts[largest]! - heights[largest]! * amount),
            ).toBeLessThanOrEqual(0.011 * (amounts[largest]! + amount));
          });
        }
      }),
    );
  }, 60_000);
});
