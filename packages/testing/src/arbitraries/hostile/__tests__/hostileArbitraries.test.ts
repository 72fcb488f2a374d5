import { decimal, ReceivablesError } from '@receivables/core';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarialTexts } from '../adversarialTexts.ts';
import { checkHostileCall } from '../checkHostileCall.ts';
import { deeplyNestedArbitrary } from '../deeplyNestedArbitrary.ts';
import { hostileCsvRowArbitrary } from '../hostileCsvRowArbitrary.ts';
import { hostileJsonArbitrary } from '../hostileJsonArbitrary.ts';
import { hostileStringArbitrary } from '../hostileStringArbitrary.ts';
import { nearValidArbitrary } from '../nearValidArbitrary.ts';
import { prototypeKeyObjectArbitrary } from '../prototypeKeyObjectArbitrary.ts';

const record = {
  id: 'C1',
  name: 'Hengda',
  tags: { region: 'East' },
  invoices: [{ amount: '1.00' }, { amount: '2.00' }],
};

function depthOf(value: unknown): number {
  let depth = 0;
  let current = value;
  while (typeof current === 'object' && current !== null) {
    depth++;
    current = Array.isArray(current) ? current[0] : (current as { a?: unknown }).a;
  }
  return depth;
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

describe('checkHostileCall', () => {
  it('passes a finite result and a coded refusal through', () => {
    expect(checkHostileCall(() => ({ total: decimal('1.5'), days: [1, 2] }))).toEqual({
      kind: 'returned',
      value: { total: decimal('1.5'), days: [1, 2] },
    });
    const outcome = checkHostileCall(() => decimal('x'));
    expect(outcome.kind === 'rejected' && outcome.error.code).toBe('INVALID_AMOUNT');
  });

  it.each<[string, () => unknown]>([
    ['NaN deep in an object', () => ({ lines: [{ rate: Number.NaN }] })],
    ['Infinity in a Map', () => new Map([['a', Number.POSITIVE_INFINITY]])],
    ['a non-finite Decimal in a Set', () => new Set([new Decimal(Number.NEGATIVE_INFINITY)])],
  ])('fails on %s', (_name, call) => {
    expect(() => checkHostileCall(call)).toThrow(/non-finite/);
  });

  it('fails on an error that is not a suite error, and on a suite error with an unknown code', () => {
    expect(() => checkHostileCall(() => JSON.parse('{'))).toThrow(/other than a ReceivablesError/);
    expect(() =>
      checkHostileCall(() => {
        throw new ReceivablesError('NOT_A_CODE' as never, 'x: y');
      }),
    ).toThrow(/unknown code NOT_A_CODE/);
  });

  it('fails when the call leaves a new key on Object.prototype', () => {
    try {
      expect(() =>
        checkHostileCall(() => {
          Object.defineProperty(Object.prototype, 'planted', { value: 1, configurable: true });
        }),
      ).toThrow(/changed the keys of Object.prototype/);
    } finally {
      delete (Object.prototype as Record<string, unknown>).planted;
    }
  });

  it('walks a self-referencing result without looping', () => {
    const cycle: Record<string, unknown> = { amount: 1 };
    cycle.self = cycle;
    expect(checkHostileCall(() => cycle).kind).toBe('returned');
  });
});

describe('adversarialTexts', () => {
  it('gives every text the length asked for, each a different run', () => {
    const texts = adversarialTexts(999);
    expect(texts.every((entry) => entry.text.length === 999)).toBe(true);
    expect(new Set(texts.map((entry) => entry.text)).size).toBe(texts.length);
  });
});

describe('properties', () => {
  it('prototypeKeyObjectArbitrary: every object owns a prototype key and none reaches Object.prototype', () => {
    fc.assert(
      fc.property(prototypeKeyObjectArbitrary({ id: 'C1' }), (value) => {
        const own = Object.keys(value);
        expect(own.some((key) => ['__proto__', 'constructor', 'prototype', 'toString'].includes(key))).toBe(
          true,
        );
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
    );
  });

  it('nearValidArbitrary changes one place and leaves the valid value as it was', () => {
    const snapshot = JSON.stringify(record);
    fc.assert(
      fc.property(nearValidArbitrary(fc.constant(record)), (sample) => {
        expect(JSON.stringify(record)).toBe(snapshot);
        expect(sample.value).not.toBe(record);
        expect(sample.path.length).toBeGreaterThan(0);
      }),
    );
  });

  it('nearValidArbitrary with leavesOnly never replaces or removes an object or a list', () => {
    fc.assert(
      fc.property(nearValidArbitrary(fc.constant(record), { leavesOnly: true }), (sample) => {
        if (sample.change === 'added') return;
        let original: unknown = record;
        for (const key of sample.path) original = (original as Record<string | number, unknown>)[key];
        expect(isContainer(original)).toBe(false);
      }),
    );
  });

  it('hostileStringArbitrary keeps to its longest length', () => {
    fc.assert(fc.property(hostileStringArbitrary({ maxLength: 64 }), (text) => text.length <= 64));
  });

  it('deeplyNestedArbitrary nests no deeper than asked', () => {
    fc.assert(
      fc.property(deeplyNestedArbitrary({ maxDepth: 50 }), (value) => {
        expect(depthOf(value)).toBeGreaterThanOrEqual(1);
        expect(depthOf(value)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it('hostileJsonArbitrary draws values JSON can carry or that a JavaScript caller can pass', () => {
    fc.assert(
      fc.property(hostileJsonArbitrary({ maxNesting: 100 }), (value) => {
        expect(() => JSON.stringify(value)).not.toThrow();
      }),
    );
  });

  it('hostileCsvRowArbitrary ends every row in a line ending or nothing, after the last cell', () => {
    fc.assert(
      fc.property(hostileCsvRowArbitrary({ columns: 2, cells: fc.constant('x') }), (row) => {
        expect(row).toMatch(/^("?x"?)([,;\t]"?x"?){0,2}(\n|\r\n|\r)?$/);
      }),
    );
  });
});
