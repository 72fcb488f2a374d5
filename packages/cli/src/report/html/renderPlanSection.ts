import type { ReportData, ReportPlannedAction } from '../ReportData.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatAmount } from './formatAmount.ts';
import { renderSectionStart } from './renderSectionStart.ts';

/**
 * The plan section: the week's contacts in date order, one row group per day, with channel, role,
 * amount, days past due and the reason the policy gives.
 *
 * @param data - The report.
 * @returns The section's HTML.
 * @internal
 */
export function renderPlanSection(data: ReportData): string {
  const { plan } = data;
  const { columns } = plan;
  if (plan.actions.length === 0) {
    return `${renderSectionStart('plan', plan)}<p class="empty">${escapeHtml(data.text.empty)}</p></section>`;
  }
  const days: ReportPlannedAction[][] = [];
  for (const action of plan.actions) {
    const last = days.at(-1);
    if (last !== undefined && last[0]?.date === action.date) last.push(action);
    else days.push([action]);
  }
  const bodies = days.map(
    (day) =>
      `<tbody class="day">${day
        .map(
          (action, index) =>
            `<tr data-customer="${escapeHtml(action.customerId)}" data-date="${escapeHtml(action.date)}">` +
            (index === 0
              ? `<th scope="rowgroup" rowspan="${day.length}" class="nowrap">${escapeHtml(action.date)}</th>`
              : '') +
            `<td class="customer">${escapeHtml(action.customerName)}<span class="id">${escapeHtml(action.customerId)}</span></td>` +
            `<td><span class="pill">${escapeHtml(action.channel.label)}</span></td><td>${escapeHtml(action.role.label)}</td>` +
            `<td class="num" data-amount="${escapeHtml(action.amount.amount)}">${escapeHtml(formatAmount(action.amount))}</td>` +
            `<td class="num">${action.daysPastDue}</td><td class="reason">${escapeHtml(action.reason)}</td></tr>`,
        )
        .join('')}</tbody>`,
  );
  return (
    `${renderSectionStart('plan', plan)}<div class="table-scroll"><table class="figures">` +
    `<caption>${escapeHtml(`${plan.title}: ${data.text.figures}`)}</caption><thead><tr>` +
    `<th scope="col">${escapeHtml(columns.date)}</th><th scope="col">${escapeHtml(columns.customer)}</th>` +
    `<th scope="col">${escapeHtml(columns.channel)}</th><th scope="col">${escapeHtml(columns.role)}</th>` +
    `<th scope="col" class="num">${escapeHtml(columns.amount)}</th><th scope="col" class="num">${escapeHtml(columns.daysPastDue)}</th>` +
    `<th scope="col">${escapeHtml(columns.reason)}</th></tr></thead>${bodies.join('')}</table></div></section>`
  );
}
