/** One stacked segment of a bar, or one bar of a horizontal chart. @internal */
export interface ChartValue {
  /** The figure, an exact decimal string, zero or more. */
  readonly value: string;
  /** CSS classes of the shape (chosen by the report, never taken from data). */
  readonly className: string;
  /** `data-*` attributes carrying the figures, so tests and scripts can read them from the page. */
  readonly attributes: Readonly<Record<string, string>>;
  /** What a pointer over the shape shows. */
  readonly tooltip: string;
}

/** One bar of a stacked bar chart: its category label, its segments from the baseline up. @internal */
export interface StackedBar {
  readonly label: string;
  /** Printed above the bar, e.g. the formatted total. */
  readonly totalLabel: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly segments: readonly ChartValue[];
}

/** What `renderStackedBarChart` draws. @internal */
export interface StackedBarChartInput {
  /** The chart's element id, `[a-z0-9-]+`; its `<title>` and `<desc>` ids derive from it. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly StackedBar[];
  /** Prints a gridline value (an exact decimal string). */
  readonly formatTick: (value: string) => string;
}

/** One row of a horizontal bar chart. @internal */
export interface HorizontalBar extends ChartValue {
  readonly label: string;
  /** Printed at the end of the bar. */
  readonly valueLabel: string;
}

/** What `renderHorizontalBarChart` draws. @internal */
export interface HorizontalBarChartInput {
  /** The chart's element id, `[a-z0-9-]+`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly bars: readonly HorizontalBar[];
}
