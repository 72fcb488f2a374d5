/**
 * A compact hash index of text ids (payment ids, invoice ids) in typed arrays: a few bytes per id
 * instead of a `Map` entry, and shareable with worker threads without copying when its arrays live in
 * `SharedArrayBuffer`s. Id `i` is the code units `units[starts[i]] … units[starts[i + 1] − 1]`;
 * `slots` is an open-addressing table (linear probing) of `i + 1`, 0 marking an empty slot.
 *
 * @internal
 */
export interface IdIndex {
  readonly units: Uint16Array;
  readonly starts: Uint32Array;
  readonly slots: Int32Array;
  readonly count: number;
}

/** Builds an {@link IdIndex} id by id. @internal */
export interface IdIndexBuilder {
  /** The index of `id`, adding it when new. */
  readonly add: (id: string) => number;
  /** The index of `id`, or −1. */
  readonly find: (id: string) => number;
  /** How many ids so far. */
  readonly count: () => number;
  /** The finished index, its arrays copied to exactly sized (shared, when asked) buffers. */
  readonly finish: (shared: boolean) => IdIndex;
}

/**
 * The FNV-1a hash of a text's UTF-16 code units, 32 bits.
 *
 * @param text - Any text.
 * @returns An unsigned 32-bit hash.
 * @internal
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Finds an id in an index.
 *
 * @param index - The index.
 * @param id - The id sought.
 * @returns Its position (0-based, in the order ids were added), or −1.
 * @internal
 */
export function findId(index: IdIndex, id: string): number {
  const { slots, units, starts } = index;
  const mask = slots.length - 1;
  for (let slot = hashText(id) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!;
    if (entry === 0) return -1;
    if (sameId(units, starts, entry - 1, id)) return entry - 1;
  }
}

/**
 * The text of the id at a position.
 *
 * @param index - The index.
 * @param position - A position below `index.count`.
 * @returns The id.
 * @internal
 */
export function idAt(index: IdIndex, position: number): string {
  return String.fromCharCode(...index.units.subarray(index.starts[position]!, index.starts[position + 1]!));
}

/**
 * Starts an empty {@link IdIndex}.
 *
 * @returns A builder; `finish` gives the index.
 * @internal
 */
export function createIdIndexBuilder(): IdIndexBuilder {
  let units = new Uint16Array(1 << 12);
  let unitCount = 0;
  let starts = new Uint32Array(1 << 10);
  let count = 0;
  let slots = new Int32Array(1 << 11);
  // Each id's hash, kept so that growing the table never rebuilds the ids' texts.
  let hashes = new Uint32Array(1 << 10);
  const place = (table: Int32Array, position: number): void => {
    const mask = table.length - 1;
    let slot = hashes[position]! & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = position + 1;
  };
  const grow = (): void => {
    const bigger = new Int32Array(slots.length * 2);
    for (let position = 0; position < count; position++) place(bigger, position);
    slots = bigger;
  };
  const find = (id: string, hash: number): number => {
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return -1;
      if (sameId(units, starts, entry - 1, id)) return entry - 1;
    }
  };
  return {
    find: (id) => find(id, hashText(id)),
    add(id) {
      const hash = hashText(id);
      const found = find(id, hash);
      if (found >= 0) return found;
      if (unitCount + id.length > units.length)
        units = copied(units, Math.max(units.length * 2, unitCount + id.length));
      for (let index = 0; index < id.length; index++) units[unitCount + index] = id.charCodeAt(index);
      if (count + 2 > starts.length) starts = copied(starts, starts.length * 2);
      if (count + 1 > hashes.length) hashes = copied(hashes, hashes.length * 2);
      starts[count] = unitCount;
      unitCount += id.length;
      starts[count + 1] = unitCount;
      hashes[count] = hash;
      count++;
      if (count * 2 > slots.length) grow();
      else place(slots, count - 1);
      return count - 1;
    },
    count: () => count,
    finish(shared) {
      const make = shared ? sharedCopy : plainCopy;
      return {
        units: make(units, unitCount, Uint16Array),
        starts: make(starts, count + 1, Uint32Array),
        slots: make(slots, slots.length, Int32Array),
        count,
      };
    },
  };
}

function sameId(units: Uint16Array, starts: Uint32Array, position: number, id: string): boolean {
  const start = starts[position]!;
  if (starts[position + 1]! - start !== id.length) return false;
  for (let index = 0; index < id.length; index++) {
    if (units[start + index] !== id.charCodeAt(index)) return false;
  }
  return true;
}

type TypedArray = Uint16Array | Uint32Array | Int32Array;

function copied<T extends TypedArray>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

function plainCopy<T extends TypedArray>(
  array: T,
  length: number,
  Kind: new (buffer: ArrayBufferLike) => T,
): T {
  const copy = new Kind(new ArrayBuffer(length * array.BYTES_PER_ELEMENT));
  copy.set(array.subarray(0, length) as never);
  return copy;
}

function sharedCopy<T extends TypedArray>(
  array: T,
  length: number,
  Kind: new (buffer: ArrayBufferLike) => T,
): T {
  const copy = new Kind(new SharedArrayBuffer(length * array.BYTES_PER_ELEMENT));
  copy.set(array.subarray(0, length) as never);
  return copy;
}
