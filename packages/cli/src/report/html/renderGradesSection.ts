import { renderHorizontalBarChart } from '../charts/renderHorizontalBarChart.ts';
import type { ReportData, ReportGradeRow } from '../ReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatAmount } from './formatAmount.ts';
import { groupDigits } from './groupDigits.ts';
import { renderSectionStart } from './renderSectionStart.ts';
import { toneClass } from './toneClass.ts';

/**
 * The grade-distribution section: a horizontal bar per grade (exposure when it is in one currency,
 * else the number of customers), coloured from the best grade to the worst, and the table of counts
 * and exposures.
 *
 * @param data - The report.
 * @returns The section's HTML.
 * @internal
 */
export function renderGradesSection(data: ReportData): string {
  const section = data.grades;
  if (section.rows.every((row) => row.count === 0)) {
    return `${renderSectionStart('grades', section)}<p class="empty">${escapeHtml(data.text.empty)}</p></section>`;
  }
  const graded = section.rows.filter((row) => row.graded).length;
  const chart = renderHorizontalBarChart({
    id: 'grades-chart',
    title: section.title,
    description: `${section.description} ${section.rows.map((row) => `${row.label}: ${row.count}; ${exposureText(row)}`).join(' | ')}`,
    bars: section.rows.map((row, index) => {
      const exposure = row.exposure[0];
      const value = section.chart === 'exposure' ? (exposure?.amount ?? '0') : String(row.count);
      return {
        label: row.label,
        value,
        valueLabel: section.chart === 'exposure' ? groupDigits(value) : value,
        className: row.graded ? toneClass(index, graded) : 'tone-none',
        attributes: {
          'data-grade': row.gradeId,
          'data-count': String(row.count),
          ...(section.chart === 'exposure'
            ? { 'data-amount': value, 'data-currency': exposure?.currency ?? '' }
            : {}),
        },
        tooltip: `${row.label}: ${row.count} · ${exposureText(row)}`,
      };
    }),
  });
  const rows = section.rows.map(
    (row) =>
      `<tr data-grade="${escapeHtml(row.gradeId)}"><th scope="row">${escapeHtml(row.label)}</th><td class="num">${row.count}</td>` +
      `<td class="num">${row.exposure.length === 0 ? '–' : row.exposure.map((amount) => escapeHtml(formatAmount(amount))).join('<br>')}</td></tr>`,
  );
  const { columns } = section;
  return (
    `${renderSectionStart('grades', section)}<figure>${chart}</figure>` +
    `<div class="table-scroll"><table class="figures"><caption>${escapeHtml(`${section.title}: ${data.text.figures}`)}</caption>` +
    `<thead><tr><th scope="col">${escapeHtml(columns.grade)}</th><th scope="col" class="num">${escapeHtml(columns.customers)}</th>` +
    `<th scope="col" class="num">${escapeHtml(columns.exposure)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></section>`
  );
}

function exposureText(row: ReportGradeRow): string {
  return row.exposure.length === 0 ? '–' : row.exposure.map(formatAmount).join(', ');
}
