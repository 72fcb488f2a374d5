import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../process/describeFailure.ts';
import { checkInstalledTarballs } from '../checkInstalledTarballs.ts';
import { parseTypeScriptDiagnostics } from '../parseTypeScriptDiagnostics.ts';
import { summarizeDiagnostics } from '../summarizeDiagnostics.ts';
import { typeScriptConsumerConfig } from '../typeScriptConsumerConfig.ts';

const names = ['@receivables/core', '@receivables/aging'];

describe('checkInstalledTarballs', () => {
  it('accepts each suite package once, at the top, from its tarball', () => {
    const lock = {
      packages: {
        '': { name: 'consumer' },
        'node_modules/@receivables/core': { resolved: 'file:../tarballs/receivables-core-0.1.0.tgz' },
        'node_modules/@receivables/aging': { resolved: 'file:../tarballs/receivables-aging-0.1.0.tgz' },
        'node_modules/zod': { resolved: 'https://registry.npmjs.org/zod/-/zod-4.1.0.tgz' },
      },
    };
    expect(checkInstalledTarballs(lock, names)).toEqual([]);
  });

  it('reports a second copy, a registry copy, a nested copy, a missing package and a stranger of the scope', () => {
    const lock = {
      packages: {
        'node_modules/@receivables/core': { resolved: 'file:core.tgz' },
        'node_modules/x/node_modules/@receivables/core': { resolved: 'file:core.tgz' },
        'node_modules/y/node_modules/@receivables/aging': {
          resolved: 'https://registry.npmjs.org/aging.tgz',
        },
        'node_modules/@receivables/cli': { resolved: 'https://registry.npmjs.org/cli.tgz' },
      },
    };
    expect(checkInstalledTarballs(lock, names)).toEqual([
      '@receivables/core is installed 2 times (node_modules/@receivables/core, node_modules/x/node_modules/@receivables/core)',
      '@receivables/aging is installed at node_modules/y/node_modules/@receivables/aging, not at the top',
      '@receivables/aging resolved to https://registry.npmjs.org/aging.tgz, not its tarball',
      '@receivables/cli was installed from https://registry.npmjs.org/cli.tgz, not from a tarball of the workspace',
    ]);
    expect(checkInstalledTarballs({}, ['@receivables/core'])).toEqual([
      '@receivables/core is installed 0 times (nowhere)',
    ]);
  });
});

describe('parseTypeScriptDiagnostics', () => {
  it('reads located and global errors and skips their continuation lines', () => {
    const output = [
      "node_modules/@receivables/core/dist/index.d.ts(1550,18): error TS2709: Cannot use namespace 'Decimal' as a type.",
      "types/aging.mts(4,1): error TS2304: Cannot find name 'x'.",
      "  Type 'string' is not assignable to type 'number'.",
      "error TS6053: File 'missing.ts' not found.",
    ].join('\n');
    expect(parseTypeScriptDiagnostics(output)).toEqual([
      {
        file: 'node_modules/@receivables/core/dist/index.d.ts',
        line: 1550,
        code: 'TS2709',
        message: "Cannot use namespace 'Decimal' as a type.",
      },
      { file: 'types/aging.mts', line: 4, code: 'TS2304', message: "Cannot find name 'x'." },
      { file: '', line: 0, code: 'TS6053', message: "File 'missing.ts' not found." },
    ]);
    expect(parseTypeScriptDiagnostics('')).toEqual([]);
  });
});

describe('summarizeDiagnostics', () => {
  it('groups equal errors of a file with their count and first lines, and keeps different ones apart', () => {
    const decimal = { file: 'a.d.ts', code: 'TS2709', message: "Cannot use namespace 'Decimal' as a type." };
    expect(
      summarizeDiagnostics([
        { ...decimal, line: 5 },
        { file: '', line: 0, code: 'TS5023', message: "Unknown compiler option 'x'." },
        { ...decimal, line: 7 },
        { ...decimal, file: 'b.d.ts', line: 1 },
      ]),
    ).toEqual([
      "a.d.ts: 2 × TS2709 Cannot use namespace 'Decimal' as a type. (lines 5, 7)",
      "(no file): TS5023 Unknown compiler option 'x'. (line 0)",
      "b.d.ts: TS2709 Cannot use namespace 'Decimal' as a type. (line 1)",
    ]);
    expect(summarizeDiagnostics([])).toEqual([]);
  });
});

describe('typeScriptConsumerConfig', () => {
  it('checks a Node consumer under node16 with @types/node and a browser app under bundler with the DOM', () => {
    expect(typeScriptConsumerConfig('node16')).toEqual({
      compilerOptions: {
        module: 'node16',
        moduleResolution: 'node16',
        lib: ['es2022'],
        types: ['node'],
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        forceConsistentCasingInFileNames: true,
      },
      include: ['types/*.mts', 'types/*.cts'],
    });
    expect(typeScriptConsumerConfig('bundler').compilerOptions).toMatchObject({
      module: 'esnext',
      moduleResolution: 'bundler',
      lib: ['es2022', 'dom'],
      types: [],
      skipLibCheck: false,
    });
    expect(typeScriptConsumerConfig('bundler').include).toEqual(['types/*.mts']);
  });
});

describe('describeFailure', () => {
  it('names the command, its status and the last lines of both outputs', () => {
    const result = { status: 2, stdout: 'out 1\n\nout 2\n', stderr: 'err 1\n', seconds: 1 };
    expect(describeFailure('tsc', result)).toBe('tsc exited with 2: out 1 | out 2 | err 1');
    expect(describeFailure('node', { status: null, stdout: '', stderr: '', seconds: 0 })).toBe(
      'node exited with a signal',
    );
  });
});

describe('properties', () => {
  it('round trip: a diagnostic printed the way tsc prints it is read back unchanged', () => {
    const file = fc.stringMatching(/^[\w./@-]+\.(d\.ts|mts|cts)$/);
    const message = fc.string().filter((text) => !text.includes('\n') && text.trim() === text && text !== '');
    fc.assert(
      fc.property(
        file,
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 1000, max: 9999 }),
        message,
        (path, line, code, text) => {
          const printed = `${path}(${line},1): error TS${code}: ${text}`;
          expect(parseTypeScriptDiagnostics(printed)).toEqual([
            { file: path, line, code: `TS${code}`, message: text },
          ]);
        },
      ),
    );
  });

  it('loses no error: the group counts add up to the number of diagnostics', () => {
    const diagnostic = fc.record({
      file: fc.constantFrom('a.d.ts', 'b.d.ts', ''),
      line: fc.nat({ max: 50 }),
      code: fc.constantFrom('TS2709', 'TS2304'),
      message: fc.constantFrom('one', 'two'),
    });
    fc.assert(
      fc.property(fc.array(diagnostic), (diagnostics) => {
        const counted = summarizeDiagnostics(diagnostics).map((line) =>
          Number(/: (\d+) × /.exec(line)?.[1] ?? 1),
        );
        expect(counted.reduce((sum, count) => sum + count, 0)).toBe(diagnostics.length);
      }),
    );
  });

  it('order does not matter: a lock passes or fails alike whatever the order of its entries', () => {
    const entries = Object.entries({
      'node_modules/@receivables/core': { resolved: 'file:core.tgz' },
      'node_modules/@receivables/aging': { resolved: 'file:aging.tgz' },
      'node_modules/zod': { resolved: 'https://registry.npmjs.org/zod.tgz' },
      'node_modules/a/node_modules/@receivables/core': { resolved: 'file:core.tgz' },
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: 0 }), (subset) => {
        const reversed = { packages: Object.fromEntries([...subset].reverse()) };
        const forward = { packages: Object.fromEntries(subset) };
        expect(checkInstalledTarballs(reversed, names).sort()).toEqual(
          checkInstalledTarballs(forward, names).sort(),
        );
      }),
    );
  });
});
