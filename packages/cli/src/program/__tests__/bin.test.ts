import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { version } from '../../../package.json';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin.ts', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

/** Runs the bin from its source as a real process, with piped (non-terminal) streams. */
function receivables(args: readonly string[]) {
  // Whatever colour settings the test runner has, the bin decides for itself.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...env } = process.env;
  const run = spawnSync(tsx, ['--conditions=@receivables/source', bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the receivables bin', () => {
  it('starts with a shebang so that npm can link it as a command', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the version and sets the exit code of the process', () => {
    expect(receivables(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const usage = receivables(['kpis', '--locale', 'xx', '--data', 'examples/data']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('receivables kpis: --locale "xx" is not one of en, zh-CN');
    expect(usage.stdout).toBe('');
  }, 120_000);

  it('writes no colour codes when standard output is not a terminal', () => {
    const run = receivables(['kpis', '--data', 'examples/data', '--as-of', '2026-06-30']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Receivables KPIs, 2026-04-02 to 2026-06-30 (90 days)');
    expect(run.stdout).not.toContain('\u001b[');
  }, 120_000);
});
