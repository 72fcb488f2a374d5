import { decimal } from '@receivables/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StackedBarChartInput } from '../charts/ChartInput.ts';
import { chartLayouts } from '../charts/chartLayouts.ts';
import { niceAxis } from '../charts/niceAxis.ts';
import { renderHorizontalBarChart } from '../charts/renderHorizontalBarChart.ts';
import { renderStackedBarChart } from '../charts/renderStackedBarChart.ts';
import { scaleStack } from '../charts/scaleStack.ts';
import { splitLabel } from '../charts/splitLabel.ts';
import { textUnits } from '../charts/textUnits.ts';
import { truncateText } from '../charts/truncateText.ts';

/** Every `<rect …>` of an SVG with its attributes. */
function rects(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<rect ([^>]*?)\/?>/g)].map((match) =>
    Object.fromEntries(
      [...(match[1] ?? '').matchAll(/([\w-]+)="([^"]*)"/g)].map((pair) => [pair[1], pair[2]]),
    ),
  );
}

const stacked = (bars: StackedBarChartInput['bars']): StackedBarChartInput => ({
  id: 'test-chart',
  title: 'Aged <balances>',
  description: 'By bucket & segment',
  bars,
  formatTick: (value) => `#${value}`,
});

const bar = (label: string, values: readonly string[]): StackedBarChartInput['bars'][number] => ({
  label,
  totalLabel: values.join('+'),
  attributes: { 'data-bucket': label },
  segments: values.map((value, index) => ({
    value,
    className: `seg s${index}`,
    attributes: { 'data-bucket': label, 'data-amount': value },
    tooltip: `${label}: ${value}`,
  })),
});

describe('niceAxis', () => {
  it('rounds the top up to a multiple of 1, 2, 2.5 or 5 times a power of ten', () => {
    const axis = niceAxis(decimal(300));
    expect(axis.max.toString()).toBe('300');
    expect(axis.step.toString()).toBe('100');
    expect(axis.ticks.map(String)).toEqual(['0', '100', '200', '300']);
    expect(niceAxis(decimal('10763000.84')).max.toString()).toBe('12500000');
    expect(niceAxis(decimal('10763000.84')).step.toString()).toBe('2500000');
    expect(niceAxis(decimal('0.07')).max.toString()).toBe('0.08');
    expect(niceAxis(decimal('1000')).max.toString()).toBe('1000');
  });

  it('gives the axis 0–1 for an all-zero chart, so that nothing divides by zero', () => {
    const axis = niceAxis(decimal(0));
    expect(axis.max.toString()).toBe('1');
    expect(axis.ticks.map(String)).toEqual(['0', '1']);
  });
});

describe('scaleStack', () => {
  it('scales running totals exactly and rounds them half-up to 0.01', () => {
    expect(scaleStack([decimal(60), decimal(40)], decimal(300), 240)).toEqual([
      { offset: '0.00', length: '48.00' },
      { offset: '48.00', length: '32.00' },
    ]);
    // 1/3 of 100 = 33.333… → 33.33; 2/3 → 66.67, so the second segment is 33.34 and the bar ends at 100.
    expect(scaleStack([decimal(1), decimal(1), decimal(1)], decimal(3), 100)).toEqual([
      { offset: '0.00', length: '33.33' },
      { offset: '33.33', length: '33.34' },
      { offset: '66.67', length: '33.33' },
    ]);
  });
});

describe('renderStackedBarChart', () => {
  it('draws each segment at its exact share of the plot height, stacked from the baseline', () => {
    const { top, bottom, height } = chartLayouts.stacked;
    const plot = height - top - bottom;
    expect(plot).toBe(240);
    const svg = renderStackedBarChart(
      stacked([bar('notDue', ['300.00', '0.00']), bar('d1to30', ['60.00', '40.00'])]),
    );
    const shapes = rects(svg);
    expect(shapes.map((shape) => [shape['data-bucket'], shape.height, shape.y])).toEqual([
      ['notDue', '240.00', '28.00'],
      ['notDue', '0.00', '28.00'],
      ['d1to30', '48.00', '220.00'],
      ['d1to30', '32.00', '188.00'],
    ]);
    expect(shapes.map((shape) => shape.class)).toEqual(['seg s0', 'seg s1', 'seg s0', 'seg s1']);
  });

  it('is an accessible image: role img, a title and a description it is labelled by', () => {
    const svg = renderStackedBarChart(stacked([bar('a', ['1'])]));
    expect(svg).toMatch(/^<svg id="test-chart" class="chart chart-stacked" viewBox="0 0 800 312" role="img"/);
    expect(svg).toContain('aria-labelledby="test-chart-title test-chart-desc"');
    expect(svg).toContain('<title id="test-chart-title">Aged &lt;balances&gt;</title>');
    expect(svg).toContain('<desc id="test-chart-desc">By bucket &amp; segment</desc>');
  });

  it('labels the gridlines with the formatter and each bar with its total and category', () => {
    const svg = renderStackedBarChart(stacked([bar('181–365 days past due', ['250'])]));
    expect([...svg.matchAll(/text-anchor="end">([^<]*)</g)].map((match) => match[1])).toEqual([
      '#0',
      '#50',
      '#100',
      '#150',
      '#200',
      '#250',
    ]);
    // One bar in the middle of the 688-unit plot: 96 + 344 = 440.
    expect(svg).toContain(
      '<text class="bar-total" x="440.00" y="28.00" dy="-6" text-anchor="middle">250</text>',
    );
    expect(svg).toContain(
      '<tspan x="440.00" dy="0">181–365 days</tspan><tspan x="440.00" dy="1.2em">past due</tspan>',
    );
  });

  it('refuses a negative or malformed figure with INVALID_AMOUNT', () => {
    expect(() => renderStackedBarChart(stacked([bar('a', ['-1.00'])]))).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT', message: expect.stringMatching(/^renderReport: /) }),
    );
    expect(() => renderStackedBarChart(stacked([bar('a', ['12,5'])]))).toThrow(
      expect.objectContaining({ code: 'INVALID_AMOUNT' }),
    );
  });

  it('refuses an id or attribute name that could carry markup with INVALID_ARGUMENT', () => {
    expect(() => renderStackedBarChart({ ...stacked([]), id: 'x" onload="' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const bad = bar('a', ['1']);
    expect(() => renderStackedBarChart(stacked([{ ...bad, attributes: { onclick: 'x' } }]))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('renderHorizontalBarChart', () => {
  const chart = (values: readonly string[]) =>
    renderHorizontalBarChart({
      id: 'h',
      title: 'Overdue',
      description: 'Largest first',
      bars: values.map((value, index) => ({
        label: `Customer ${index}`,
        value,
        valueLabel: value,
        className: 'bar-overdue',
        attributes: { 'data-customer': `C${index}`, 'data-amount': value },
        tooltip: `C${index}`,
      })),
    });

  it('gives the largest value the whole bar area and the others their exact share', () => {
    const { width, labelWidth, valueWidth } = chartLayouts.horizontal;
    const span = width - labelWidth - valueWidth;
    expect(span).toBe(408);
    const shapes = rects(chart(['1000.00', '450.50', '149.50', '0.00']));
    // 450.50 / 1000 × 408 = 183.804 → 183.80; 149.50 / 1000 × 408 = 60.996 → 61.00.
    expect(shapes.map((shape) => shape.width)).toEqual(['408.00', '183.80', '61.00', '0.00']);
    expect(shapes.map((shape) => shape.x)).toEqual(['256', '256', '256', '256']);
  });

  it('grows by one row height per bar', () => {
    const { rowHeight, padding } = chartLayouts.horizontal;
    expect(chart(['1', '2', '3'])).toContain(`viewBox="0 0 800 ${padding * 2 + 3 * rowHeight}"`);
  });

  it('draws an all-zero chart with empty bars instead of dividing by zero', () => {
    expect(rects(chart(['0', '0'])).map((shape) => shape.width)).toEqual(['0.00', '0.00']);
  });
});

describe('chart text', () => {
  it('counts CJK characters double', () => {
    expect(textUnits('ABC')).toBe(3);
    expect(textUnits('恒达贸易')).toBe(8);
  });

  it('cuts long labels with an ellipsis and leaves short ones alone', () => {
    expect(truncateText('Hengda Trading', 20)).toBe('Hengda Trading');
    expect(truncateText('Qingdao Tianhe Medical Devices Co., Ltd.', 20)).toBe('Qingdao Tianhe Medi…');
    expect(truncateText('恒达贸易有限公司', 9)).toBe('恒达贸易…');
  });

  it('splits a wide label at the space nearest its middle', () => {
    expect(splitLabel('Over 365 days', 14)).toEqual(['Over 365 days']);
    expect(splitLabel('181–365 days past due', 14)).toEqual(['181–365 days', 'past due']);
    expect(splitLabel('逾期365天以上', 6)).toEqual(['逾期365天以上']);
  });
});

const figure = fc.bigInt({ min: 0n, max: 10n ** 15n }).map((minor) => decimal(minor.toString()).div(100));

describe('properties', () => {
  it('preserves proportions: each segment is within 0.01 of its exact share and the segments add up to the rounded bar', () => {
    fc.assert(
      fc.property(
        fc.array(figure, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 1000 }),
        (values, span) => {
          const total = values.reduce((sum, value) => sum.plus(value), decimal(0));
          const axis = niceAxis(total);
          const segments = scaleStack(values, axis.max, span);
          let sum = decimal(0);
          values.forEach((value, index) => {
            const exact = value.times(span).div(axis.max);
            const length = decimal(segments[index]?.length ?? 'NaN');
            expect(length.minus(exact).abs().lessThanOrEqualTo('0.01')).toBe(true);
            expect(decimal(segments[index]?.offset ?? 'NaN').equals(sum)).toBe(true);
            sum = sum.plus(length);
          });
          expect(sum.equals(total.times(span).div(axis.max).toDecimalPlaces(2))).toBe(true);
          expect(sum.lessThanOrEqualTo(span)).toBe(true);
        },
      ),
    );
  });

  it('covers the data: the axis top is at least the maximum and at most targetTicks steps of 1, 2, 2.5 or 5 × 10^k', () => {
    fc.assert(
      fc.property(figure, fc.integer({ min: 1, max: 10 }), (max, targetTicks) => {
        const axis = niceAxis(max, targetTicks);
        expect(axis.max.greaterThanOrEqualTo(max)).toBe(true);
        expect(axis.ticks.length - 1).toBeLessThanOrEqual(Math.max(targetTicks, 1));
        expect(axis.ticks.at(-1)?.equals(axis.max)).toBe(true);
        const mantissa = axis.step.div(decimal(10).pow(axis.step.log(10).floor()));
        expect(['1', '2', '2.5', '5']).toContain(mantissa.toString());
      }),
    );
  });

  it('keeps labels inside their budget: a truncated label never exceeds maxUnits', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.integer({ min: 2, max: 40 }),
        (text, max) => {
          const cut = truncateText(text, max);
          expect(textUnits(cut)).toBeLessThanOrEqual(max);
          if (textUnits(text) <= max) expect(cut).toBe(text);
        },
      ),
    );
  });
});
