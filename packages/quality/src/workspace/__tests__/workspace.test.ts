import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyClosure } from '../dependencyClosure.ts';
import { findMissingFiles } from '../findMissingFiles.ts';
import { listPublishedPackages } from '../listPublishedPackages.ts';

const rootDir = fileURLToPath(new URL('../../../../../', import.meta.url));

describe('listPublishedPackages', () => {
  const packages = listPublishedPackages(rootDir);
  const byName = new Map(packages.map((pkg) => [pkg.name, pkg]));

  it('lists the published packages and leaves the private ones out', () => {
    expect(packages.map((pkg) => pkg.name)).toEqual([
      '@receivables/aging',
      '@receivables/cli',
      '@receivables/core',
      '@receivables/credit-scoring',
      '@receivables/reminder-policy',
      '@receivables/script-catalog',
    ]);
  });

  it('reads the exports users get: subpaths, the ES module of each, and whether there is a CommonJS build', () => {
    const catalog = byName.get('@receivables/script-catalog');
    expect(catalog?.subpaths).toEqual(['.', './locales/en', './locales/zh-CN', './default']);
    expect(catalog?.importTargets).toEqual({
      '.': 'dist/index.js',
      './locales/en': 'dist/locales/en.js',
      './locales/zh-CN': 'dist/locales/zh-CN.js',
      './default': 'dist/default.js',
    });
    expect(catalog?.commonJs).toBe(true);
    expect(catalog?.publishedFiles).toContain('dist/locales/zh-CN.d.cts');
  });

  it('knows the CLI is ESM-only and installs the receivables bin', () => {
    const cli = byName.get('@receivables/cli');
    expect(cli?.commonJs).toBe(false);
    expect(cli?.bin).toEqual({ receivables: 'dist/bin.js' });
    expect(cli?.publishedFiles).toContain('dist/bin.js');
  });
});

describe('findMissingFiles', () => {
  it('names the files that are not there, in order', () => {
    expect(findMissingFiles(rootDir, ['package.json', 'no-such-file', 'packages', 'nor-this'])).toEqual([
      'no-such-file',
      'nor-this',
    ]);
  });
});

describe('dependencyClosure', () => {
  it('follows sibling dependencies transitively and ignores third-party ones', () => {
    const packages = [
      { name: 'core', dependencies: ['zod'] },
      { name: 'aging', dependencies: ['core'] },
      { name: 'scoring', dependencies: ['core', 'aging'] },
      { name: 'cli', dependencies: ['scoring', 'commander'] },
    ];
    expect(dependencyClosure('cli', packages)).toEqual(['cli', 'scoring', 'core', 'aging']);
    expect(dependencyClosure('core', packages)).toEqual(['core']);
  });
});

describe('properties', () => {
  const graph = fc
    .array(fc.array(fc.nat({ max: 7 }), { maxLength: 4 }), { minLength: 8, maxLength: 8 })
    .map((edges) =>
      edges.map((targets, index) => ({
        name: `p${index}`,
        dependencies: targets.map((target) => `p${target}`),
      })),
    );

  it('is closed: every sibling dependency of a package in the closure is in the closure too, even with cycles', () => {
    fc.assert(
      fc.property(graph, fc.nat({ max: 7 }), (packages, start) => {
        const closure = dependencyClosure(`p${start}`, packages);
        for (const name of closure) {
          for (const dependency of packages.find((pkg) => pkg.name === name)?.dependencies ?? []) {
            expect(closure).toContain(dependency);
          }
        }
        expect(new Set(closure).size).toBe(closure.length);
        expect(closure[0]).toBe(`p${start}`);
      }),
    );
  });
});
