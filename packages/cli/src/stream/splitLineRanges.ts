import type { ByteSource } from './ByteSource.ts';
import type { LineRange } from './LineRange.ts';

const LF = 0x0a;
const WINDOW = 64 * 1024;

/**
 * Splits the bytes `[start, end)` into at most `parts` contiguous ranges of about equal size, each cut
 * just after a line feed, so every line lies in exactly one range. A cut aims at `start + k·size/parts`
 * and moves forward to the next line start; cuts that would meet or pass the previous one or the end
 * are dropped, so a file with few or long lines gives fewer ranges (one without any line feed).
 *
 * A line feed inside a quoted CSV field is not a record boundary: callers check the quote count
 * before each cut and read the file in one pass when a cut fell inside quotes.
 *
 * @param source - Where the bytes are read from.
 * @param start - The first byte (the start of a line).
 * @param end - The byte after the last.
 * @param parts - How many ranges at most, a whole number ≥ 1.
 * @returns The ranges in order, none empty; `[]` when `start ≥ end`.
 * @internal
 */
export function splitLineRanges(source: ByteSource, start: number, end: number, parts: number): LineRange[] {
  const ranges: LineRange[] = [];
  let cursor = start;
  const buffer = new Uint8Array(WINDOW);
  for (let part = 1; part < parts && cursor < end; part++) {
    const target = start + Math.floor(((end - start) * part) / parts);
    if (target <= cursor) continue;
    const cut = nextLineStart(source, buffer, target, end);
    if (cut >= end) break;
    if (cut <= cursor) continue;
    ranges.push({ start: cursor, end: cut });
    cursor = cut;
  }
  if (cursor < end) ranges.push({ start: cursor, end });
  return ranges;
}

/** The first position ≥ `target` that follows a line feed, or `end` when there is none before it. */
function nextLineStart(source: ByteSource, buffer: Uint8Array, target: number, end: number): number {
  // The byte before `target` counts: when it is a line feed, `target` itself starts a line.
  for (let position = target - 1; position < end; position += WINDOW) {
    const read = source.read(position, buffer.subarray(0, Math.min(WINDOW, end - position)));
    if (read <= 0) return end;
    const found = buffer.subarray(0, read).indexOf(LF);
    if (found >= 0) return position + found + 1;
  }
  return end;
}
