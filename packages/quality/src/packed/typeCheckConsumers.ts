import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../process/runCommand.ts';
import { parseTypeScriptDiagnostics } from './parseTypeScriptDiagnostics.ts';
import type { TypeScriptDiagnostic } from './TypeScriptDiagnostic.ts';
import type { TypeScriptMode } from './TypeScriptMode.ts';
import { typeScriptConsumerConfig } from './typeScriptConsumerConfig.ts';

/** What one `tsc` run over the consumer files found. */
export interface TypeCheckOutcome {
  /** The resolution mode checked. */
  readonly mode: TypeScriptMode;
  /** Every error, empty when the consumers type-check. */
  readonly diagnostics: readonly TypeScriptDiagnostic[];
  /** Whether tsc exited with 0. */
  readonly passed: boolean;
  /** The raw output, kept for failures tsc did not attribute to a file. */
  readonly output: string;
  /** The seconds it took. */
  readonly seconds: number;
}

/**
 * Type-checks the TypeScript consumers under `types/` of the consumer project in one resolution mode,
 * with the workspace's own TypeScript compiler.
 *
 * @param projectDir - The consumer project, with the packages installed.
 * @param tscPath - The path of TypeScript's `bin/tsc`.
 * @param mode - `node16` or `bundler`.
 * @returns The errors found and the time taken.
 */
export function typeCheckConsumers(
  projectDir: string,
  tscPath: string,
  mode: TypeScriptMode,
): TypeCheckOutcome {
  const configName = `tsconfig.${mode}.json`;
  writeFileSync(join(projectDir, configName), `${JSON.stringify(typeScriptConsumerConfig(mode), null, 2)}\n`);
  const result = runCommand(process.execPath, [tscPath, '-p', configName, '--pretty', 'false'], {
    cwd: projectDir,
  });
  const output = `${result.stdout}${result.stderr}`;
  return {
    mode,
    diagnostics: parseTypeScriptDiagnostics(output),
    passed: result.status === 0,
    output,
    seconds: result.seconds,
  };
}
