import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleSizeCases } from '../bundleSizeCases.ts';
import { contributorsOf } from '../contributorsOf.ts';
import { formatKilobytes } from '../formatKilobytes.ts';
import { formatSizeTable } from '../formatSizeTable.ts';
import { writeBundleEntry } from '../writeBundleEntry.ts';

describe('writeBundleEntry', () => {
  it('re-exports everything or only the names an app uses, one line per entry point', () => {
    expect(
      writeBundleEntry([
        { from: '@receivables/script-catalog', names: ['createScriptCatalog', 'renderScript'] },
        { from: '@receivables/script-catalog/locales/en', names: '*' },
      ]),
    ).toBe(
      'export { createScriptCatalog, renderScript } from "@receivables/script-catalog";\nexport * from "@receivables/script-catalog/locales/en";',
    );
  });
});

describe('contributorsOf', () => {
  it('adds up bytes per package: pnpm store paths, scoped packages and workspace packages', () => {
    expect(
      contributorsOf({
        'node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/classic/schemas.js': { bytesInOutput: 10 },
        'node_modules/.pnpm/@formatjs+icu@1.0.0/node_modules/@formatjs/icu-messageformat-parser/lib/parser.js':
          {
            bytesInOutput: 30,
          },
        'packages/aging/dist/index.js': { bytesInOutput: 20 },
        'node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/core.js': { bytesInOutput: 15 },
        '<stdin>': { bytesInOutput: 0 },
      }),
    ).toEqual([
      { name: '@formatjs/icu-messageformat-parser', bytes: 30 },
      { name: 'zod', bytes: 25 },
      { name: '@receivables/aging', bytes: 20 },
    ]);
  });
});

describe('formatSizeTable', () => {
  it('shows sizes in kB, the three largest parts and the locales inside', () => {
    const table = formatSizeTable([
      {
        label: 'all of `@receivables/script-catalog/default`',
        minified: 275_400,
        gzipped: 88_800,
        contributors: [
          { name: 'zod', bytes: 99_144 },
          { name: '@receivables/script-catalog', bytes: 90_882 },
          { name: 'decimal.js', bytes: 33_048 },
          { name: '@receivables/core', bytes: 30_000 },
        ],
        locales: ['en', 'zh-CN'],
      },
    ]);
    expect(table.split('\n')[2]).toBe(
      '| all of `@receivables/script-catalog/default` | 275.4 kB | 88.8 kB | zod 36%, @receivables/script-catalog 33%, decimal.js 12% | en, zh-CN |',
    );
  });
});

describe('bundleSizeCases', () => {
  it('measures each browser-facing entry point whole, and each locale subpath apart', () => {
    const wholes = bundleSizeCases
      .filter((each) => each.imports.length === 1 && each.imports[0]?.names === '*')
      .map((each) => each.imports[0]?.from);
    expect(wholes).toEqual([
      '@receivables/core',
      '@receivables/aging',
      '@receivables/credit-scoring',
      '@receivables/reminder-policy',
      '@receivables/script-catalog',
      '@receivables/script-catalog/locales/en',
      '@receivables/script-catalog/locales/zh-CN',
      '@receivables/script-catalog/default',
    ]);
  });

  it('states the expected locales for every script-catalog bundle and for no other', () => {
    for (const each of bundleSizeCases) {
      const catalog = each.imports.some((entry) => entry.from.startsWith('@receivables/script-catalog'));
      expect(each.locales !== undefined, each.label).toBe(catalog);
    }
  });
});

describe('properties', () => {
  it('conserves bytes: the contributors add up to every byte of the inputs', () => {
    const path = fc.constantFrom(
      'node_modules/.pnpm/zod@4/node_modules/zod/a.js',
      'node_modules/.pnpm/zod@4/node_modules/zod/b.js',
      'node_modules/decimal.js/decimal.mjs',
      'packages/core/dist/index.js',
      'packages/aging/dist/index.js',
    );
    fc.assert(
      fc.property(fc.dictionary(path, fc.nat({ max: 1_000_000 })), (sizes) => {
        const inputs = Object.fromEntries(
          Object.entries(sizes).map(([file, bytes]) => [file, { bytesInOutput: bytes }]),
        );
        const total = Object.values(sizes).reduce((sum, bytes) => sum + bytes, 0);
        expect(contributorsOf(inputs).reduce((sum, part) => sum + part.bytes, 0)).toBe(total);
      }),
    );
  });

  it('is monotonic: more bytes never show as fewer kilobytes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 10_000_000 }), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(Number.parseFloat(formatKilobytes(small))).toBeLessThanOrEqual(
          Number.parseFloat(formatKilobytes(large)),
        );
      }),
    );
  });
});
