import type { ReportData } from '../ReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { renderSectionStart } from './renderSectionStart.ts';

/**
 * The KPI section: one card per KPI with its value, what it means and how it was computed. Each card
 * carries `data-kpi` and, when the KPI is defined, `data-value`.
 *
 * @param data - The report.
 * @returns The section's HTML.
 * @internal
 */
export function renderKpisSection(data: ReportData): string {
  const section = data.kpis;
  const cards = section.items.map(
    (kpi) =>
      `<article class="kpi" data-kpi="${escapeHtml(kpi.id)}"${kpi.value === null ? '' : ` data-value="${escapeHtml(kpi.value)}"`}>` +
      `<h3>${escapeHtml(kpi.label)}</h3><p class="${kpi.value === null ? 'value value-missing' : 'value'}">${escapeHtml(kpi.display)}</p>` +
      `<p class="definition">${escapeHtml(kpi.definition)}</p><p class="formula">${escapeHtml(kpi.formula)}</p></article>`,
  );
  const body =
    cards.length === 0
      ? `<p class="empty">${escapeHtml(data.text.empty)}</p>`
      : `<div class="kpis">${cards.join('')}</div>`;
  return `${renderSectionStart('kpis', section)}${body}</section>`;
}
