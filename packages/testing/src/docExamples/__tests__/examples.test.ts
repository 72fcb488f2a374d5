import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const examplesDir = `${root}examples`;
const tsx = `${root}node_modules/.bin/tsx`;
const programs = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.ts'))
  .sort();

// Every program in examples/ runs on the sources, exits cleanly and prints something: examples never rot.
describe('example programs', () => {
  it('finds example programs', () => {
    expect(programs.length).toBeGreaterThan(0);
  });

  for (const program of programs) {
    it(`${program} runs to completion and prints its report`, () => {
      const output = execFileSync(tsx, ['--conditions=@receivables/source', `examples/${program}`], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
      });
      expect(output.trim().length).toBeGreaterThan(0);
      expect(output).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/);
    }, 150_000);
  }
});
