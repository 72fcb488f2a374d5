import { characterUnits } from './characterUnits.ts';
import { textUnits } from './textUnits.ts';

/**
 * Shortens text to at most `maxUnits` units (see `textUnits`), ending it with `…` when it had to be
 * cut. Charts use it for long customer names; the full text stays in the bar's tooltip and in the
 * figures table.
 *
 * @param text - Any text.
 * @param maxUnits - The most units allowed (at least 2).
 * @returns The text itself when it fits, else its longest prefix that fits with `…` added.
 * @internal
 */
export function truncateText(text: string, maxUnits: number): string {
  if (textUnits(text) <= maxUnits) return text;
  let units = 1;
  let kept = '';
  for (const character of text) {
    units += characterUnits(character);
    if (units > maxUnits) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}
