import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdIndexBuilder, findId, idAt } from '../IdIndex.ts';

describe('createIdIndexBuilder', () => {
  it('numbers ids in the order they are first added', () => {
    const builder = createIdIndexBuilder();
    expect([builder.add('INV-1'), builder.add('INV-2'), builder.add('INV-1'), builder.add('')]).toEqual([
      0, 1, 0, 2,
    ]);
    const index = builder.finish(true);
    expect(index.count).toBe(3);
    expect(findId(index, 'INV-2')).toBe(1);
    expect(findId(index, 'INV-3')).toBe(-1);
    expect(idAt(index, 0)).toBe('INV-1');
    expect(index.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  describe('properties', () => {
    it('agrees with a Map: every id added is found at its first position, no other id is found', () => {
      fc.assert(
        fc.property(
          fc.array(fc.string({ maxLength: 8, unit: 'binary' }), { maxLength: 2000 }),
          fc.array(fc.string({ maxLength: 8 }), { maxLength: 50 }),
          fc.boolean(),
          (ids, probes, shared) => {
            const builder = createIdIndexBuilder();
            const expected = new Map<string, number>();
            const added = ids.map((id) => {
              if (!expected.has(id)) expected.set(id, expected.size);
              return builder.add(id);
            });
            expect(added).toEqual(ids.map((id) => expected.get(id)));
            const index = builder.finish(shared);
            const known = [...expected.keys()];
            expect(known.map((id) => findId(index, id))).toEqual([...expected.values()]);
            expect([...expected.values()].map((position) => idAt(index, position))).toEqual(known);
            expect(probes.map((probe) => findId(index, probe))).toEqual(
              probes.map((probe) => expected.get(probe) ?? -1),
            );
          },
        ),
        { numRuns: 40 },
      );
    }, 30_000);
  });
});
