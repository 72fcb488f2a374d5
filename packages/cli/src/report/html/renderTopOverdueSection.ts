import { renderHorizontalBarChart } from '../charts/renderHorizontalBarChart.ts';
import type { ReportData, ReportOverdueGroup } from '../ReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatAmount } from './formatAmount.ts';
import { groupDigits } from './groupDigits.ts';
import { renderSectionStart } from './renderSectionStart.ts';
import { tierBadge } from './tierBadge.ts';

/**
 * The top-overdue section: per ranking (one per currency, or one in the reporting currency) a
 * horizontal bar chart of the overdue amounts and the table with balance, oldest days past due, grade
 * and risk tier.
 *
 * @param data - The report.
 * @returns The section's HTML.
 * @internal
 */
export function renderTopOverdueSection(data: ReportData): string {
  const section = data.topOverdue;
  const groups = section.groups.filter((group) => group.customers.length > 0);
  const body =
    groups.length === 0
      ? `<p class="empty">${escapeHtml(data.text.empty)}</p>`
      : groups.map((group, index) => overdueGroup(data, group, index)).join('');
  return `${renderSectionStart('overdue', section)}${body}</section>`;
}

function overdueGroup(data: ReportData, group: ReportOverdueGroup, index: number): string {
  const { columns } = data.topOverdue;
  const chart = renderHorizontalBarChart({
    id: `overdue-chart-${index}`,
    title: `${data.topOverdue.title}: ${group.label}`,
    description: `${data.topOverdue.description} ${group.customers
      .map((customer) => `${customer.name}: ${formatAmount(customer.overdue)}`)
      .join('; ')}`,
    bars: group.customers.map((customer) => ({
      label: customer.name,
      value: customer.overdue.amount,
      valueLabel: groupDigits(customer.overdue.amount),
      className: 'bar-overdue',
      attributes: {
        'data-customer': customer.customerId,
        'data-amount': customer.overdue.amount,
        'data-currency': customer.overdue.currency,
      },
      tooltip: `${customer.name} (${customer.customerId}): ${formatAmount(customer.overdue)}`,
    })),
  });
  const rows = group.customers.map(
    (customer, rank) =>
      `<tr data-customer="${escapeHtml(customer.customerId)}"><td class="num">${rank + 1}</td>` +
      `<th scope="row">${escapeHtml(customer.name)}<span class="id">${escapeHtml(customer.customerId)}</span></th>` +
      `<td class="num">${groupDigits(customer.overdue.amount)}</td>` +
      `<td class="num">${groupDigits(customer.balance.amount)}</td>` +
      `<td class="num">${customer.oldestDaysPastDue === null ? '–' : String(customer.oldestDaysPastDue)}</td>` +
      `<td>${customer.grade === null ? '<span class="muted">–</span>' : `<span class="pill" title="${escapeHtml(customer.grade.label)}">${escapeHtml(customer.grade.id)}</span>`}</td>` +
      `<td>${tierBadge(customer.tier)}</td></tr>`,
  );
  const currency = escapeHtml(group.currency);
  return (
    `<figure><figcaption>${escapeHtml(group.label)}</figcaption>${chart}</figure>` +
    `<div class="table-scroll"><table class="figures"><caption>${escapeHtml(`${group.label}: ${data.text.figures}`)}</caption>` +
    `<thead><tr><th scope="col" class="num">${escapeHtml(columns.rank)}</th><th scope="col">${escapeHtml(columns.customer)}</th>` +
    `<th scope="col" class="num">${escapeHtml(columns.overdue)} (${currency})</th><th scope="col" class="num">${escapeHtml(columns.balance)} (${currency})</th>` +
    `<th scope="col" class="num">${escapeHtml(columns.oldestDaysPastDue)}</th><th scope="col">${escapeHtml(columns.grade)}</th>` +
    `<th scope="col">${escapeHtml(columns.tier)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}
