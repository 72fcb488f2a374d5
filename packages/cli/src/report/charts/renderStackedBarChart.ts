import { decimal } from '@receivables/core';
import type { Decimal } from 'decimal.js';
import { dataAttributes } from '../html/dataAttributes.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import type { StackedBarChartInput } from './ChartInput.ts';
import { chartLayouts } from './chartLayouts.ts';
import { niceAxis } from './niceAxis.ts';
import { readChartValue } from './readChartValue.ts';
import { requireChartId } from './requireChartId.ts';
import { scaleStack } from './scaleStack.ts';
import { splitLabel } from './splitLabel.ts';

/** Category labels wider than this many narrow characters are split over two lines. */
const LABEL_UNITS = 14;

/**
 * Draws a vertical stacked bar chart as inline SVG: a round value axis from zero with gridlines, one
 * bar per category whose segments are stacked from the baseline in the order given, the total printed
 * above each bar and the category label below. Segment lengths come from `scaleStack` (exact scaling,
 * rounded to 0.01 units, no gaps). The SVG has `role="img"` with a `<title>` and `<desc>`, and every
 * bar and segment carries the caller's `data-*` attributes.
 *
 * @param chart - The bars, their segments and the texts.
 * @returns The `<svg>` element.
 * @throws {ReceivablesError} `INVALID_AMOUNT` for a segment value that is not a decimal or is negative;
 *   `INVALID_ARGUMENT` for a bad chart id or attribute name.
 * @internal
 */
export function renderStackedBarChart(chart: StackedBarChartInput): string {
  requireChartId(chart.id);
  const { width, height, top, right, bottom, left } = chartLayouts.stacked;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const baseline = decimal(top + plotHeight);
  const values = chart.bars.map((bar, barIndex) =>
    bar.segments.map((segment, segmentIndex) =>
      readChartValue(segment.value, `bars[${barIndex}].segments[${segmentIndex}].value`),
    ),
  );
  const totals = values.map((segments) => segments.reduce((sum, value) => sum.plus(value), decimal(0)));
  const axis = niceAxis(totals.reduce((max, total) => (total.greaterThan(max) ? total : max), decimal(0)));
  const y = (length: Decimal): string => baseline.minus(length).toFixed(2);

  const grid = axis.ticks.map((tick) => {
    const [scaled] = scaleStack([tick], axis.max, plotHeight);
    const at = y(decimal(scaled?.length ?? '0'));
    return (
      `<line x1="${left}" x2="${left + plotWidth}" y1="${at}" y2="${at}"/>` +
      `<text x="${left - 8}" y="${at}" dy="0.32em" text-anchor="end">${escapeHtml(chart.formatTick(tick.toFixed()))}</text>`
    );
  });

  const slot = chart.bars.length === 0 ? plotWidth : plotWidth / chart.bars.length;
  const barWidth = Math.min(slot * 0.62, 72);
  const bars = chart.bars.map((bar, barIndex) => {
    const x = left + barIndex * slot + (slot - barWidth) / 2;
    const centre = (left + barIndex * slot + slot / 2).toFixed(2);
    const scaled = scaleStack(values[barIndex] ?? [], axis.max, plotHeight);
    const rects = bar.segments.map((segment, segmentIndex) => {
      const place = scaled[segmentIndex] ?? { offset: '0.00', length: '0.00' };
      const rectTop = y(decimal(place.offset).plus(place.length));
      return (
        `<rect class="${escapeHtml(segment.className)}" x="${x.toFixed(2)}" y="${rectTop}" width="${barWidth.toFixed(2)}" height="${place.length}"${dataAttributes(segment.attributes)}>` +
        `<title>${escapeHtml(segment.tooltip)}</title></rect>`
      );
    });
    const barTop = y(decimal(scaled.at(-1)?.offset ?? '0').plus(scaled.at(-1)?.length ?? '0'));
    const lines = splitLabel(bar.label, LABEL_UNITS);
    const label = lines
      .map(
        (line, lineIndex) =>
          `<tspan x="${centre}" dy="${lineIndex === 0 ? '0' : '1.2em'}">${escapeHtml(line)}</tspan>`,
      )
      .join('');
    return (
      `<g class="bar"${dataAttributes(bar.attributes)}>${rects.join('')}` +
      `<text class="bar-total" x="${centre}" y="${barTop}" dy="-6" text-anchor="middle">${escapeHtml(bar.totalLabel)}</text>` +
      `<text class="bar-label" x="${centre}" y="${top + plotHeight + 18}" text-anchor="middle">${label}</text></g>`
    );
  });

  return (
    `<svg id="${chart.id}" class="chart chart-stacked" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc">` +
    `<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>` +
    `<desc id="${chart.id}-desc">${escapeHtml(chart.description)}</desc>` +
    `<g class="grid" aria-hidden="true">${grid.join('')}</g>` +
    `<line class="baseline" x1="${left}" x2="${left + plotWidth}" y1="${baseline.toFixed(2)}" y2="${baseline.toFixed(2)}"/>` +
    `<g class="bars">${bars.join('')}</g></svg>`
  );
}
