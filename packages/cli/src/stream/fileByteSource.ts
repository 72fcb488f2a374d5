import { readSync } from 'node:fs';
import type { ByteSource } from './ByteSource.ts';

/**
 * A {@link ByteSource} over an open file descriptor.
 *
 * @param descriptor - From `openSync(path, 'r')`.
 * @returns The source.
 * @internal
 */
export function fileByteSource(descriptor: number): ByteSource {
  return { read: (position, buffer) => readSync(descriptor, buffer, 0, buffer.length, position) };
}
