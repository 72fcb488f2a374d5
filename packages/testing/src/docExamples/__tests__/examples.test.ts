import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const examplesDir = `${root}examples`;
const expectedDir = `${examplesDir}/expected`;
const tsx = `${root}node_modules/.bin/tsx`;
const programs = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort();
/** `UPDATE_EXAMPLES=1 pnpm exec vitest run --project testing examples` rewrites the expected outputs. */
const update = process.env.UPDATE_EXAMPLES === '1';

// Every program in examples/ runs on the sources, exits cleanly and prints exactly the output committed
// beside it in examples/expected/: the examples are deterministic (fixed seeds and dates), so any change
// in what they print is a change in the suite's behaviour that a reviewer must see.
describe('example programs', () => {
  it('finds example programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });

  for (const program of programs) {
    it(`${program} runs to completion and prints its expected output`, () => {
      const output = execFileSync(tsx, ['--conditions=@receivables/source', `examples/${program}`], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 120_000,
      });
      expect(output).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/);
      const expectedFile = `${expectedDir}/${program.replace(/\.ts$/, '.txt')}`;
      if (update || !existsSync(expectedFile)) {
        if (!update && process.env.CI) {
          throw new Error(
            `${expectedFile} is missing: run UPDATE_EXAMPLES=1 pnpm exec vitest run --project testing examples`,
          );
        }
        mkdirSync(expectedDir, { recursive: true });
        writeFileSync(expectedFile, output);
      }
      expect(output).toBe(readFileSync(expectedFile, 'utf8'));
    }, 150_000);
  }
});
