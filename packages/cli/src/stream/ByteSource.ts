/**
 * Random access to bytes: a file through `readSync`, or an array in tests. `read` fills `buffer` from
 * `position` on and returns how many bytes it read (fewer at the end, 0 past it).
 *
 * @internal
 */
export interface ByteSource {
  readonly read: (position: number, buffer: Uint8Array) => number;
}
