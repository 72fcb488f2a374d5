import { characterUnits } from './characterUnits.ts';

/**
 * Measures text in narrow-character units (a CJK character counts 2).
 *
 * @param text - Any text.
 * @returns Its width in units.
 * @internal
 */
export function textUnits(text: string): number {
  let units = 0;
  for (const character of text) units += characterUnits(character);
  return units;
}
