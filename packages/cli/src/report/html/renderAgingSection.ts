import { renderStackedBarChart } from '../charts/renderStackedBarChart.ts';
import type { ReportAging, ReportAgingLine, ReportData } from '../ReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatAmount } from './formatAmount.ts';
import { groupDigits } from './groupDigits.ts';
import { renderSectionStart } from './renderSectionStart.ts';
import { toneClass } from './toneClass.ts';

/**
 * The aging section: a stacked bar chart per charted line (a bar per bucket, undisputed part in the age
 * ramp's colour with the disputed part hatched on top) and the figures table (buckets down, each
 * line's balance and disputed part across, then total, overdue and unapplied).
 *
 * @param data - The report.
 * @returns The section's HTML.
 * @internal
 */
export function renderAgingSection(data: ReportData): string {
  const aging = data.aging;
  const charted = aging.lines.filter((line) => line.charted);
  const legend =
    `<ul class="legend"><li><span class="swatch swatch-ramp"></span>${escapeHtml(aging.segments.undisputed)}</li>` +
    `<li><span class="swatch swatch-disputed"></span>${escapeHtml(aging.segments.disputed)}</li></ul>`;
  const charts = charted.map(
    (line, index) =>
      `<figure><figcaption>${escapeHtml(line.label)}</figcaption>${agingChart(aging, line, index)}</figure>`,
  );
  const body =
    aging.lines.length === 0
      ? `<p class="empty">${escapeHtml(data.text.empty)}</p>`
      : `${charted.length > 0 ? legend : ''}${charts.join('')}${agingTable(data)}`;
  return `${renderSectionStart('aging', aging)}${body}</section>`;
}

function agingChart(aging: ReportAging, line: ReportAgingLine, index: number): string {
  const labels = new Map(aging.buckets.map((bucket) => [bucket.id, bucket.label]));
  const summary = line.buckets
    .map((bucket) => `${labels.get(bucket.bucketId) ?? bucket.bucketId}: ${formatAmount(bucket.balance)}`)
    .join('; ');
  return renderStackedBarChart({
    id: `aging-chart-${index}`,
    title: `${aging.title}: ${line.label}`,
    description: `${aging.description} ${summary}`,
    formatTick: groupDigits,
    bars: line.buckets.map((bucket, bucketIndex) => {
      const label = labels.get(bucket.bucketId) ?? bucket.bucketId;
      return {
        label,
        totalLabel: groupDigits(bucket.balance.amount),
        attributes: {
          'data-line': line.id,
          'data-bucket': bucket.bucketId,
          'data-amount': bucket.balance.amount,
          'data-currency': bucket.balance.currency,
        },
        segments: [
          {
            value: bucket.undisputed.amount,
            className: `seg ${toneClass(bucketIndex, line.buckets.length)}`,
            attributes: {
              'data-bucket': bucket.bucketId,
              'data-segment': 'undisputed',
              'data-amount': bucket.undisputed.amount,
              'data-currency': bucket.undisputed.currency,
            },
            tooltip: `${label} · ${aging.segments.undisputed}: ${formatAmount(bucket.undisputed)}`,
          },
          {
            value: bucket.disputed.amount,
            className: 'seg seg-disputed',
            attributes: {
              'data-bucket': bucket.bucketId,
              'data-segment': 'disputed',
              'data-amount': bucket.disputed.amount,
              'data-currency': bucket.disputed.currency,
            },
            tooltip: `${label} · ${aging.segments.disputed}: ${formatAmount(bucket.disputed)}`,
          },
        ],
      };
    }),
  });
}

function agingTable(data: ReportData): string {
  const { aging } = data;
  const columns = aging.columns;
  const lineHeads = aging.lines
    .map((line) => `<th scope="colgroup" colspan="2">${escapeHtml(line.label)}</th>`)
    .join('');
  const subHeads = aging.lines
    .map(
      () =>
        `<th scope="col" class="num">${escapeHtml(columns.balance)}</th><th scope="col" class="num">${escapeHtml(columns.disputed)}</th>`,
    )
    .join('');
  const rows = aging.buckets.map((bucket) => {
    const cells = aging.lines.map((line) => {
      const found = line.buckets.find((candidate) => candidate.bucketId === bucket.id);
      return found === undefined
        ? '<td class="num muted">–</td><td class="num muted">–</td>'
        : `<td class="num">${groupDigits(found.balance.amount)}</td><td class="num${isZero(found.disputed.amount) ? ' muted' : ''}">${groupDigits(found.disputed.amount)}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(bucket.label)}</th>${cells.join('')}</tr>`;
  });
  const footRow = (label: string, cells: (line: ReportAgingLine) => string): string =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${aging.lines.map(cells).join('')}</tr>`;
  const foot = [
    footRow(
      columns.total,
      (line) =>
        `<td class="num">${groupDigits(line.balance.amount)}</td><td class="num">${groupDigits(line.disputed.amount)}</td>`,
    ),
    footRow(columns.overdue, (line) => `<td class="num">${groupDigits(line.overdue.amount)}</td><td></td>`),
    footRow(
      columns.unapplied,
      (line) => `<td class="num">${groupDigits(line.unapplied.amount)}</td><td></td>`,
    ),
  ];
  return (
    `<div class="table-scroll"><table class="figures" id="aging-figures">` +
    `<caption>${escapeHtml(`${aging.title}: ${data.text.figures}`)}</caption>` +
    `<thead><tr><th scope="col" rowspan="2">${escapeHtml(columns.bucket)}</th>${lineHeads}</tr><tr>${subHeads}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody><tfoot>${foot.join('')}</tfoot></table></div>`
  );
}

function isZero(amount: string): boolean {
  return /^-?0*(\.0*)?$/.test(amount);
}
