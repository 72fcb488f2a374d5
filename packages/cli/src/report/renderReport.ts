import { escapeHtml } from './html/escapeHtml.ts';
import { renderAgingSection } from './html/renderAgingSection.ts';
import { renderGradesSection } from './html/renderGradesSection.ts';
import { renderKpisSection } from './html/renderKpisSection.ts';
import { renderPlanSection } from './html/renderPlanSection.ts';
import { renderTopOverdueSection } from './html/renderTopOverdueSection.ts';
import { reportStyles } from './html/reportStyles.ts';
import type { ReportData } from './ReportData.ts';

/**
 * The page may load nothing at all: no scripts, styles, fonts, images or connections; only its own
 * inline styles run. Even a text that escaped escaping could not execute or call home.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The hatching that marks disputed amounts, shared by every chart of the page. */
const PATTERNS =
  '<svg class="defs" aria-hidden="true" focusable="false"><defs>' +
  '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="6" height="6" fill="#dde2e8"/><rect width="2.5" height="6" fill="#7b8794"/></pattern></defs></svg>';

/**
 * Renders the report as one self-contained HTML5 page: inline CSS with a system font stack, charts as
 * inline SVG (a stacked bar per aging bucket, horizontal bars for the customers owing the most overdue
 * and for the grade distribution) with `role="img"`, `<title>`, `<desc>` and every figure repeated in a
 * table, KPI cards, the week's plan and the notes. The page loads nothing (its Content-Security-Policy
 * forbids every fetch and script), prints on A4, takes `<html lang>` from the data's locale and escapes
 * every text. It adds no words of its own, and the same data always gives the same bytes.
 *
 * @param data - The report's contents, e.g. from `buildReportData`.
 * @returns The HTML document.
 * @throws {ReceivablesError} `INVALID_AMOUNT` when a charted amount is not a decimal or is negative.
 *
 * @example
 * ```ts
 * import { renderReport } from '@receivables/cli';
 *
 * const amount = (value: string) => ({ amount: value, currency: 'CNY' });
 * const html = renderReport({
 *   locale: 'en',
 *   title: 'Receivables report <Q2>',
 *   asOf: '2026-06-30',
 *   reportingCurrency: 'CNY',
 *   facts: [{ label: 'As of', value: '2026-06-30' }],
 *   aging: {
 *     title: 'Aged balances',
 *     description: 'Open balances by days past due.',
 *     buckets: [{ id: 'notDue', label: 'Not due' }, { id: 'd1to30', label: '1–30 days' }],
 *     segments: { undisputed: 'Undisputed', disputed: 'Disputed' },
 *     columns: { bucket: 'Days past due', balance: 'Balance', disputed: 'Disputed', total: 'Total', overdue: 'Overdue', unapplied: 'Unapplied' },
 *     lines: [{
 *       id: 'currency:CNY', label: 'CNY', currency: 'CNY', charted: true,
 *       buckets: [
 *         { bucketId: 'notDue', balance: amount('300.00'), undisputed: amount('300.00'), disputed: amount('0.00'), count: 1 },
 *         { bucketId: 'd1to30', balance: amount('100.00'), undisputed: amount('60.00'), disputed: amount('40.00'), count: 2 },
 *       ],
 *       balance: amount('400.00'), overdue: amount('100.00'), disputed: amount('40.00'), unapplied: amount('0.00'),
 *     }],
 *   },
 *   topOverdue: {
 *     title: 'Largest overdue', description: 'Who owes the most overdue.',
 *     columns: { rank: '#', customer: 'Customer', overdue: 'Overdue', balance: 'Balance', oldestDaysPastDue: 'Oldest DPD', grade: 'Grade', tier: 'Tier' },
 *     groups: [],
 *   },
 *   grades: {
 *     title: 'Grades', description: 'Customers per grade.', chart: 'customers',
 *     columns: { grade: 'Grade', customers: 'Customers', exposure: 'Exposure' }, rows: [],
 *   },
 *   kpis: { title: 'KPIs', description: 'Headline figures.', items: [] },
 *   plan: {
 *     title: 'This week', description: 'Planned contacts.', from: '2026-06-30', to: '2026-07-06',
 *     columns: { date: 'Date', customer: 'Customer', channel: 'Channel', role: 'Role', amount: 'Amount', daysPastDue: 'DPD', reason: 'Reason' },
 *     actions: [],
 *   },
 *   notes: { title: 'Notes', items: [] },
 *   text: { empty: 'Nothing to show.', figures: 'Figures', contents: 'Contents', footer: 'Made by receivables.' },
 * });
 * console.log(html.startsWith('<!DOCTYPE html>\n<html lang="en">')); // true
 * console.log(html.includes('<title>Receivables report &lt;Q2&gt;</title>')); // true
 * console.log(html.match(/data-segment="disputed" data-amount="[\d.]+"/g)); // ["data-segment=\"disputed\" data-amount=\"0.00\"","data-segment=\"disputed\" data-amount=\"40.00\""]
 * ```
 */
export function renderReport(data: ReportData): string {
  const sections: readonly (readonly [string, string])[] = [
    ['kpis', data.kpis.title],
    ['aging', data.aging.title],
    ['overdue', data.topOverdue.title],
    ['grades', data.grades.title],
    ['plan', data.plan.title],
    ...(data.notes.items.length > 0 ? [['notes', data.notes.title] as const] : []),
  ];
  const toc = sections.map(([id, title]) => `<li><a href="#${id}">${escapeHtml(title)}</a></li>`).join('');
  const facts = data.facts
    .map((fact) => `<div><dt>${escapeHtml(fact.label)}</dt><dd>${escapeHtml(fact.value)}</dd></div>`)
    .join('');
  const notes =
    data.notes.items.length === 0
      ? ''
      : `<section id="notes" class="section notes" aria-labelledby="notes-heading"><h2 id="notes-heading">${escapeHtml(data.notes.title)}</h2>` +
        `<ul>${data.notes.items.map((note) => `<li>${escapeHtml(note)}</li>`).join('')}</ul></section>`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(data.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${reportStyles}</style>`,
    '</head>',
    '<body>',
    PATTERNS,
    `<header class="masthead"><div class="wrap"><h1>${escapeHtml(data.title)}</h1><dl class="facts">${facts}</dl></div></header>`,
    `<nav class="toc" aria-label="${escapeHtml(data.text.contents)}"><ul>${toc}</ul></nav>`,
    '<main class="wrap">',
    renderKpisSection(data),
    renderAgingSection(data),
    renderTopOverdueSection(data),
    renderGradesSection(data),
    renderPlanSection(data),
    notes,
    '</main>',
    `<footer class="wrap">${escapeHtml(data.text.footer)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
