import { hashText } from './IdIndex.ts';

/**
 * A 53-bit hash of an id: FNV-1a (32 bits) beside 21 bits of a multiply-xorshift hash with a murmur
 * finaliser. The two must be independent: two FNV-1a hashes that differ only in their seed collide
 * together (40 pairs among a million generated ids, each costing a re-read of the file), while these
 * gave none. Equal ids hash equally; repeats are confirmed on the ids themselves, so a chance meeting
 * costs a re-read, never a wrong answer.
 *
 * @param id - The id.
 * @returns A whole number below 2^53.
 * @internal
 */
export function hashInvoiceId(id: string): number {
  let second = 0x9747b28c;
  for (let index = 0; index < id.length; index++) {
    second = Math.imul(second ^ id.charCodeAt(index), 0x5bd1e995);
    second ^= second >>> 13;
  }
  second ^= second >>> 16;
  second = Math.imul(second, 0x85ebca6b);
  second ^= second >>> 13;
  second = Math.imul(second, 0xc2b2ae35);
  second ^= second >>> 16;
  return hashText(id) * 2 ** 21 + ((second >>> 0) & 0x1fffff);
}
