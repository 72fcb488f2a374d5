import { textUnits } from './textUnits.ts';

/**
 * Splits a label into two lines at the space closest to its middle when it is wider than `maxUnits`
 * (see `textUnits`); a label that fits, or has no space, stays on one line.
 *
 * @param text - A short label.
 * @param maxUnits - The width above which the label is split.
 * @returns One or two lines.
 * @internal
 */
export function splitLabel(text: string, maxUnits: number): readonly string[] {
  if (textUnits(text) <= maxUnits) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let index = text.indexOf(' '); index !== -1; index = text.indexOf(' ', index + 1)) {
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}
