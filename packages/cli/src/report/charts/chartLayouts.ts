/**
 * The fixed geometry of the report's charts, in SVG user units (the page scales them to its width):
 * margins around the plot and, for horizontal bars, the row pitch and the label column.
 *
 * @internal
 */
export const chartLayouts: {
  readonly stacked: {
    readonly width: 800;
    readonly height: 312;
    readonly top: 28;
    readonly right: 16;
    readonly bottom: 44;
    readonly left: 96;
  };
  readonly horizontal: {
    readonly width: 800;
    readonly labelWidth: 256;
    readonly valueWidth: 136;
    readonly rowHeight: 30;
    readonly barHeight: 18;
    readonly padding: 8;
  };
} = Object.freeze({
  stacked: { width: 800, height: 312, top: 28, right: 16, bottom: 44, left: 96 },
  horizontal: { width: 800, labelWidth: 256, valueWidth: 136, rowHeight: 30, barHeight: 18, padding: 8 },
});
