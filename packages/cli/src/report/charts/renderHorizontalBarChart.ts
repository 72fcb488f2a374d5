import { decimal } from '@receivables/core';
import { dataAttributes } from '../html/dataAttributes.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import type { HorizontalBarChartInput } from './ChartInput.ts';
import { chartLayouts } from './chartLayouts.ts';
import { readChartValue } from './readChartValue.ts';
import { requireChartId } from './requireChartId.ts';
import { scaleStack } from './scaleStack.ts';
import { truncateText } from './truncateText.ts';

/** Row labels longer than this many narrow characters are cut with `…` (the tooltip keeps them whole). */
const LABEL_UNITS = 38;

/**
 * Draws a horizontal bar chart as inline SVG: one row per bar, the label on the left, the bar from a
 * common baseline with its length proportional to the value (the largest value spans the whole bar
 * area; see `scaleStack` for the exact rounding), and the printed value after the bar. The SVG has
 * `role="img"` with a `<title>` and `<desc>`, and every bar carries the caller's `data-*` attributes.
 *
 * @param chart - The bars and the texts.
 * @returns The `<svg>` element.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for a value that is not a decimal or is negative;
 *   `INVALID_ARGUMENT` for a bad chart id or attribute name.
 * @internal
 */
export function renderHorizontalBarChart(chart: HorizontalBarChartInput): string {
  requireChartId(chart.id);
  const { width, labelWidth, valueWidth, rowHeight, barHeight, padding } = chartLayouts.horizontal;
  const span = width - labelWidth - valueWidth;
  const height = padding * 2 + rowHeight * Math.max(chart.bars.length, 1);
  const values = chart.bars.map((bar, index) => readChartValue(bar.value, `bars[${index}].value`));
  const max = values.reduce((largest, value) => (value.greaterThan(largest) ? value : largest), decimal(0));
  const axisMax = max.isZero() ? decimal(1) : max;
  const rows = chart.bars.map((bar, index) => {
    const [scaled] = scaleStack([values[index] ?? decimal(0)], axisMax, span);
    const length = scaled?.length ?? '0.00';
    const rowTop = padding + index * rowHeight;
    const barTop = rowTop + (rowHeight - barHeight) / 2;
    const middle = (rowTop + rowHeight / 2).toFixed(2);
    const valueX = decimal(labelWidth).plus(length).plus(8).toFixed(2);
    return (
      `<g class="row"><title>${escapeHtml(bar.tooltip)}</title>` +
      `<text class="row-label" x="${labelWidth - 10}" y="${middle}" dy="0.32em" text-anchor="end">${escapeHtml(truncateText(bar.label, LABEL_UNITS))}</text>` +
      `<rect class="${escapeHtml(bar.className)}" x="${labelWidth}" y="${barTop.toFixed(2)}" width="${length}" height="${barHeight}" rx="2"${dataAttributes(bar.attributes)}/>` +
      `<text class="row-value" x="${valueX}" y="${middle}" dy="0.32em">${escapeHtml(bar.valueLabel)}</text></g>`
    );
  });
  return (
    `<svg id="${chart.id}" class="chart chart-horizontal" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">` +
    `<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>` +
    `<desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>` +
    `<line class="baseline" x1="${labelWidth}" x2="${labelWidth}" y1="${padding / 2}" y2="${height - padding / 2}"/>` +
    `${rows.join('')}</svg>`
  );
}
