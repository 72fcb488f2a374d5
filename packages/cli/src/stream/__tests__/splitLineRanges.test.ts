import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../ByteSource.ts';
import type { LineRange } from '../LineRange.ts';
import { splitLineRanges } from '../splitLineRanges.ts';

const LF = 0x0a;

function sourceOf(bytes: Uint8Array): ByteSource {
  return {
    read(position, buffer) {
      const part = bytes.subarray(position, position + buffer.length);
      buffer.set(part);
      return part.length;
    },
  };
}

function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The lines of `[start, end)` as [first byte, byte after its line feed (or end)]. */
function linesOf(bytes: Uint8Array, start: number, end: number): [number, number][] {
  const lines: [number, number][] = [];
  let from = start;
  for (let at = start; at < end; at++) {
    if (bytes[at] === LF) {
      lines.push([from, at + 1]);
      from = at + 1;
    }
  }
  if (from < end) lines.push([from, end]);
  return lines;
}

describe('splitLineRanges', () => {
  it('cuts after the first line feed at or past each target', () => {
    const bytes = bytesOf('aaaa\nbb\ncccccc\nd\n');
    expect(splitLineRanges(sourceOf(bytes), 0, bytes.length, 2)).toEqual([
      { start: 0, end: 8 },
      { start: 8, end: 17 },
    ]);
  });

  it('keeps a target that already starts a line', () => {
    const bytes = bytesOf('abc\ndef\n');
    expect(splitLineRanges(sourceOf(bytes), 0, bytes.length, 2)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
  });

  it('gives one range for a file without line feeds, and none for an empty span', () => {
    const bytes = bytesOf('one long line without an end');
    expect(splitLineRanges(sourceOf(bytes), 0, bytes.length, 4)).toEqual([{ start: 0, end: bytes.length }]);
    expect(splitLineRanges(sourceOf(bytes), 5, 5, 3)).toEqual([]);
  });

  it('gives fewer ranges than asked when lines are long', () => {
    const bytes = bytesOf(`${'x'.repeat(100)}\ny\n`);
    expect(splitLineRanges(sourceOf(bytes), 0, bytes.length, 8)).toEqual([
      { start: 0, end: 101 },
      { start: 101, end: 103 },
    ]);
  });

  it('finds line feeds beyond its 64 KiB read window', () => {
    const bytes = bytesOf(`${'x'.repeat(200_000)}\n${'y'.repeat(10)}\n`);
    expect(splitLineRanges(sourceOf(bytes), 0, bytes.length, 2)).toEqual([
      { start: 0, end: 200_001 },
      { start: 200_001, end: 200_012 },
    ]);
  });

  describe('properties', () => {
    const file = fc
      .array(fc.constantFrom(0x61, 0x62, LF, 0x0d, 0x22, 0xe4), { maxLength: 300 })
      .map((values) => Uint8Array.from(values));
    const input = file.chain((bytes) =>
      fc.record({
        bytes: fc.constant(bytes),
        start: fc.integer({ min: 0, max: bytes.length }),
        parts: fc.integer({ min: 1, max: 9 }),
      }),
    );
    const split = ({
      bytes,
      start,
      parts,
    }: {
      bytes: Uint8Array;
      start: number;
      parts: number;
    }): LineRange[] => splitLineRanges(sourceOf(bytes), start, bytes.length, parts);

    it('covers the span exactly: the ranges are contiguous, non-empty, at most `parts`, from start to end', () => {
      fc.assert(
        fc.property(input, (value) => {
          const ranges = split(value);
          expect(ranges.length).toBeLessThanOrEqual(value.parts);
          let cursor = value.start;
          for (const range of ranges) {
            expect(range.start).toBe(cursor);
            expect(range.end).toBeGreaterThan(range.start);
            cursor = range.end;
          }
          expect(cursor).toBe(Math.max(value.start, value.bytes.length));
        }),
      );
    });

    it('cuts only at line starts: every line lies in exactly one range', () => {
      fc.assert(
        fc.property(input, (value) => {
          const ranges = split(value);
          for (const [from, to] of linesOf(value.bytes, value.start, value.bytes.length)) {
            const holding = ranges.filter((range) => range.start <= from && to <= range.end);
            expect(holding).toHaveLength(1);
          }
          for (const range of ranges.slice(1)) expect(value.bytes[range.start - 1]).toBe(LF);
        }),
      );
    });

    it('splits by size: with one line per byte and no more parts than bytes, it gives exactly `parts` ranges', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 9 }), (lines, parts) => {
          const bytes = new Uint8Array(lines).fill(LF);
          expect(splitLineRanges(sourceOf(bytes), 0, lines, parts)).toHaveLength(Math.min(parts, lines));
        }),
      );
    });
  });
});
