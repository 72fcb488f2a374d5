import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPublishedPackages } from '../../workspace/listPublishedPackages.ts';
import { compareLines } from '../compareLines.ts';
import { outputLines } from '../outputLines.ts';
import { packageSmokes } from '../packageSmokes.ts';
import { smokeFileName } from '../smokeFileName.ts';
import { smokeLabel } from '../smokeLabel.ts';
import { writeSmokeModule } from '../writeSmokeModule.ts';

const rootDir = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The source file behind a specifier, through the package's `@receivables/source` export condition. */
function sourceOf(specifier: string): string {
  const [, name = '', subpath = ''] = /^@receivables\/([a-z-]+)(\/.*)?$/.exec(specifier) ?? [];
  const dir = join(rootDir, 'packages', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, { '@receivables/source': string }>;
  };
  const entry = manifest.exports[`.${subpath}`];
  if (entry === undefined) throw new Error(`${specifier} is not exported`);
  return join(dir, entry['@receivables/source']);
}

describe('compareLines', () => {
  it('accepts the same lines', () => {
    expect(compareLines(['a', 'b'], ['a', 'b'])).toBeUndefined();
    expect(compareLines([], [])).toBeUndefined();
  });

  it('names the first differing line, a missing line and an extra line', () => {
    expect(compareLines(['a', 'b'], ['a', 'c'])).toBe('line 2: expected "b", got "c"');
    expect(compareLines(['a', 'b'], ['a'])).toBe('line 2: expected "b", got nothing');
    expect(compareLines(['a'], ['a', 'b'])).toBe('line 2: expected nothing, got "b"');
    expect(compareLines(['a'], ['a', ''])).toBe('line 2: expected nothing, got ""');
  });
});

describe('outputLines', () => {
  it('splits standard output into the printed lines', () => {
    expect(outputLines('1201.05 CNY\n2026-11-23\n')).toEqual(['1201.05 CNY', '2026-11-23']);
    expect(outputLines('no newline')).toEqual(['no newline']);
    expect(outputLines('')).toEqual([]);
    expect(outputLines('\n')).toEqual(['']);
    expect(outputLines('a\r\nb\r\n')).toEqual(['a', 'b']);
  });
});

describe('writeSmokeModule', () => {
  const smoke = {
    imports: { core: '@receivables/core', en: '@receivables/script-catalog/locales/en' },
    code: '\nconsole.log(1);\n',
  };

  it('binds each module with import * as in an ES module', () => {
    expect(writeSmokeModule(smoke, 'import')).toBe(
      'import * as core from "@receivables/core";\nimport * as en from "@receivables/script-catalog/locales/en";\nconsole.log(1);\n',
    );
  });

  it('binds each module with require in a strict CommonJS module', () => {
    expect(writeSmokeModule(smoke, 'require')).toBe(
      '\'use strict\';\nconst core = require("@receivables/core");\nconst en = require("@receivables/script-catalog/locales/en");\nconsole.log(1);\n',
    );
  });
});

describe('packageSmokes', () => {
  const published = listPublishedPackages(rootDir);

  it('has a smoke program for every published entry point, and none for an entry point that does not exist', () => {
    const exported = published.flatMap((pkg) =>
      pkg.subpaths.map((subpath) => smokeLabel({ packageName: pkg.name, subpath })),
    );
    expect(packageSmokes.map(smokeLabel).sort()).toEqual(exported.sort());
  });

  it('gives every entry point its own file name', () => {
    expect(new Set(packageSmokes.map(smokeFileName)).size).toBe(packageSmokes.length);
  });

  it('keeps the browser off the Node-only CLI', () => {
    for (const smoke of packageSmokes) {
      expect(smoke.targets.includes('browser'), smokeLabel(smoke)).toBe(
        smoke.packageName !== '@receivables/cli',
      );
    }
  });

  it.each(packageSmokes.map((smoke) => [smokeLabel(smoke), smoke] as const))(
    '%s prints its expected lines when run on the sources',
    async (_label, smoke) => {
      const modules: unknown[] = [];
      for (const specifier of Object.values(smoke.imports)) modules.push(await import(sourceOf(specifier)));
      const printed: string[] = [];
      const console = { log: (...values: unknown[]) => printed.push(values.map(String).join(' ')) };
      // The smoke's code is plain JavaScript over its bound modules, exactly as the consumers run it.
      const program = new Function(...Object.keys(smoke.imports), 'console', smoke.code) as (
        ...args: unknown[]
      ) => void;
      program(...modules, console);
      expect(printed).toEqual(smoke.expected);
    },
  );
});

describe('properties', () => {
  it('reflexivity: any lines compare equal to themselves', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (lines) => {
        expect(compareLines(lines, lines)).toBeUndefined();
      }),
    );
  });

  it('round trip: the lines a program prints are the lines read back from its output', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((line) => !/[\r\n]/.test(line))), (lines) => {
        const output = lines.map((line) => `${line}\n`).join('');
        expect(compareLines(lines, outputLines(output))).toBeUndefined();
      }),
    );
  });

  it('sensitivity: changing one line is always reported at that line', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1 }), fc.nat(), fc.string(), (lines, at, other) => {
        const index = at % lines.length;
        fc.pre(lines[index] !== other);
        const changed = lines.map((line, position) => (position === index ? other : line));
        expect(compareLines(lines, changed)).toMatch(new RegExp(`^line ${index + 1}: `));
      }),
    );
  });
});
