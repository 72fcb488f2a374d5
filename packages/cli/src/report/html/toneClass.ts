/**
 * The class of the age ramp for item `index` of `count` ordered items (best or youngest first):
 * `tone-0` (green) to `tone-6` (dark red), spread evenly.
 *
 * @param index - 0-based position.
 * @param count - How many items share the ramp.
 * @returns `tone-0` … `tone-6`.
 * @internal
 */
export function toneClass(index: number, count: number): string {
  const tone = count <= 1 ? 0 : Math.round((Math.min(Math.max(index, 0), count - 1) * 6) / (count - 1));
  return `tone-${tone}`;
}
